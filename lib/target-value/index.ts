export { normaliseCategory, type CategoryParts } from './category';
export { formatTarget } from './format';
export { inferMode } from './mode';
export { parseTarget } from './parse-target';
export { convertScale, entryUnits } from './scale';
export { splitTargetFromItem, type ItemParts } from './split-item';
export * from './types';

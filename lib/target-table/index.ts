export { decodeTableText } from './decode';
export { TableFormatError } from './errors';
export { parseGridTable } from './grid-table';
export { parseInlineRows, parseInlineTable } from './inline-table';
export { detectLayout, parseRows, parseTable, type TableLayout } from './parse-table';
export { LAYOUT_IDS, LAYOUT_NAMES } from './types';
export { describeSource } from './source';
export type { Amounts, ImportPreview, ImportWarning, LayoutId, PreviewIndicator, PreviewProject, SourceRef } from './types';
export { inferBudgetYear } from './budget-year';

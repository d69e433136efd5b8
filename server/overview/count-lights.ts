import { LIGHTS, type Light } from '@/lib/monitoring/types';
import { CATEGORIES } from '@/lib/target-value/types';
import type { FiguredProject } from '../monitoring/figure-projects';

export type LightCounts = Record<Light, number>;

const noLights = () => Object.fromEntries(LIGHTS.map((light) => [light, 0])) as LightCounts;

/** Projects and indicators by light, and indicators by light within each 一级指标. */
export function countLights(evaluated: FiguredProject[]) {
  const projectsByLight = noLights();
  const indicatorsByLight = noLights();
  const byCategory = new Map<string, LightCounts>(CATEGORIES.map((c) => [c, noLights()]));
  for (const { light, indicators } of evaluated) {
    projectsByLight[light] += 1;
    for (const { indicator, evaluation } of indicators) {
      indicatorsByLight[evaluation.light] += 1;
      const category = indicator.category ?? '未分类';
      if (!byCategory.has(category)) byCategory.set(category, noLights());
      byCategory.get(category)![evaluation.light] += 1;
    }
  }
  return { projectsByLight, indicatorsByLight, byCategory };
}


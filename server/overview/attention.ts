import type { Light } from '@/lib/monitoring/types';
import type { EvaluatedProject } from '../monitoring/evaluate-projects';

export interface AttentionProject {
  id: number;
  name: string;
  light: Light;
  budgetLight: Light;
  executionRate: number | null;
  redCount: number;
  yellowCount: number;
}

export interface AttentionIndicator {
  projectId: number;
  projectName: string;
  indicatorId: number;
  name: string;
  targetText: string;
  light: Light;
  ratio: number | null;
  reasons: string[];
  explanation: string;
}

const SEVERITY: Partial<Record<Light, number>> = { red: 0, yellow: 1 };
const isBehind = (light: Light) => light === 'red' || light === 'yellow';

/** Red and yellow projects (on targets or on spending), worst first. */
export function rankProjects(evaluated: EvaluatedProject[], limit = 10): AttentionProject[] {
  return evaluated
    .filter((p) => isBehind(p.light) || isBehind(p.budget.light))
    .map(({ project, indicators, light, budget }) => ({
      id: project.id,
      name: project.name,
      light,
      budgetLight: budget.light,
      executionRate: budget.executionRate,
      redCount: indicators.filter((i) => i.evaluation.light === 'red').length,
      yellowCount: indicators.filter((i) => i.evaluation.light === 'yellow').length,
    }))
    .sort(
      (a, b) =>
        (SEVERITY[a.light] ?? 2) - (SEVERITY[b.light] ?? 2) ||
        b.redCount - a.redCount ||
        b.yellowCount - a.yellowCount ||
        (SEVERITY[a.budgetLight] ?? 2) - (SEVERITY[b.budgetLight] ?? 2),
    )
    .slice(0, limit);
}

/** Red and yellow indicators, red first, then by how far behind (ratio), with the owner's 偏差原因. */
export function rankIndicators(evaluated: EvaluatedProject[], limit = 15): AttentionIndicator[] {
  return evaluated
    .flatMap(({ project, indicators }) =>
      indicators
        .filter((i) => isBehind(i.evaluation.light))
        .map(({ indicator, evaluation, entries }) => {
          const explained = entries.findLast((e) => e.reasons.length > 0 || e.explanation !== '');
          return {
            projectId: project.id,
            projectName: project.name,
            indicatorId: indicator.id,
            name: indicator.name,
            targetText: indicator.targetText,
            light: evaluation.light,
            ratio: evaluation.ratio,
            reasons: explained?.reasons ?? [],
            explanation: explained?.explanation ?? '',
          };
        }),
    )
    .sort((a, b) => (SEVERITY[a.light] ?? 2) - (SEVERITY[b.light] ?? 2) || (a.ratio ?? 0) - (b.ratio ?? 0))
    .slice(0, limit);
}

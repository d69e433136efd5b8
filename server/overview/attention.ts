import type { Light } from '@/lib/monitoring/types';
import type { FiguredProject } from '../monitoring/figure-projects';

/** 偏差原因 and 原因说明 of each indicator's latest entry that gives any. */
export type Explanations = Map<number, { reasons: string[]; explanation: string }>;

export interface AttentionIndicator {
  indicatorId: number;
  name: string;
  targetText: string;
  light: Light;
  ratio: number | null;
  reasons: string[];
  explanation: string;
}

export interface AttentionProject {
  id: number;
  name: string;
  light: Light;
  budgetLight: Light;
  executionRate: number | null;
  redCount: number;
  yellowCount: number;
  /** Its red and yellow indicators, red first, then the furthest behind, with the owner's latest 偏差原因. */
  indicators: AttentionIndicator[];
}

export interface Attention {
  /** Every project behind on its targets or its spending, worst first: nothing is left off. */
  projects: AttentionProject[];
  totals: { redProjects: number; yellowProjects: number; budgetBehindProjects: number; redIndicators: number; yellowIndicators: number };
}

const SEVERITY: Partial<Record<Light, number>> = { red: 0, yellow: 1 };
const severity = (light: Light) => SEVERITY[light] ?? 2;
const isBehind = (light: Light) => light === 'red' || light === 'yellow';

function laggingIndicators({ indicators }: FiguredProject, explanations: Explanations): AttentionIndicator[] {
  return indicators
    .filter((i) => isBehind(i.evaluation.light))
    .map(({ indicator, evaluation }) => {
      const explained = explanations.get(indicator.id);
      return {
        indicatorId: indicator.id,
        name: indicator.name,
        targetText: indicator.targetText,
        light: evaluation.light,
        ratio: evaluation.ratio,
        reasons: explained?.reasons ?? [],
        explanation: explained?.explanation ?? '',
      };
    })
    .sort((a, b) => severity(a.light) - severity(b.light) || (a.ratio ?? 0) - (b.ratio ?? 0));
}

/** Red and yellow projects (on targets or on spending), worst first, each with its lagging indicators under it. */
export function attentionOf(evaluated: FiguredProject[], explanations: Explanations): Attention {
  const projects = evaluated
    .filter((p) => isBehind(p.light) || isBehind(p.budget.light))
    .map((p) => {
      const indicators = laggingIndicators(p, explanations);
      return {
        id: p.project.id,
        name: p.project.name,
        light: p.light,
        budgetLight: p.budget.light,
        executionRate: p.budget.executionRate,
        redCount: indicators.filter((i) => i.light === 'red').length,
        yellowCount: indicators.filter((i) => i.light === 'yellow').length,
        indicators,
      };
    })
    .sort(
      (a, b) =>
        severity(a.light) - severity(b.light) ||
        b.redCount - a.redCount ||
        b.yellowCount - a.yellowCount ||
        severity(a.budgetLight) - severity(b.budgetLight),
    );
  const count = (test: (p: FiguredProject) => boolean) => evaluated.filter(test).length;
  const lights = evaluated.flatMap((p) => p.indicators.map((i) => i.evaluation.light));
  return {
    projects,
    totals: {
      redProjects: count((p) => p.light === 'red'),
      yellowProjects: count((p) => p.light === 'yellow'),
      budgetBehindProjects: count((p) => isBehind(p.budget.light)),
      redIndicators: lights.filter((l) => l === 'red').length,
      yellowIndicators: lights.filter((l) => l === 'yellow').length,
    },
  };
}

/** A project's budget execution as of a month, DOMAIN.md §5. */
import { budgetLight } from './lights';
import { assertPeriodsOfYear, timeElapsed } from './period';
import { DEFAULT_MONITORING_SETTINGS, type MonitoringSettings } from './settings';
import type { BudgetExecution, Light, Period } from './types';

export interface EvaluateBudgetInput {
  /** 总计 (万元); null when the table has none. */
  total: number | null;
  /** Cumulative 执行数 (万元) per period. */
  executions: readonly BudgetExecution[];
  asOf: Period;
  settings?: MonitoringSettings;
}

export interface BudgetEvaluation {
  /** The latest cumulative 执行数 at or before the as-of month; null when none is recorded. */
  executed: number | null;
  /** 执行率 = 执行数 / 总计 as a fraction; null without execution or without a positive total. */
  executionRate: number | null;
  light: Light;
}

export function evaluateBudget(input: EvaluateBudgetInput): BudgetEvaluation {
  const { total, executions, asOf, settings = DEFAULT_MONITORING_SETTINGS } = input;
  assertPeriodsOfYear(executions.map((e) => e.period), asOf);
  const latest = executions
    .filter((e) => e.period <= asOf)
    .reduce<BudgetExecution | null>((best, e) => (best === null || e.period > best.period ? e : best), null);
  const executed = latest?.amount ?? null;
  return {
    executed,
    executionRate: executed !== null && total !== null && total > 0 ? executed / total : null,
    light: budgetLight(executed, total, timeElapsed(asOf), settings),
  };
}

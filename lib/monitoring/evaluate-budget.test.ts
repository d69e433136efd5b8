import { describe, expect, it } from 'vitest';
import { evaluateBudget } from './evaluate-budget';
import { 优化营商环境工作经费_总计 } from './test-fixtures';

const total = 优化营商环境工作经费_总计;

describe('evaluateBudget', () => {
  it('uses the latest cumulative 执行数 at or before the as-of month', () => {
    const executions = [
      { period: '2022-02', amount: 3 },
      { period: '2022-05', amount: 10 },
      { period: '2022-04', amount: 8 },
      { period: '2022-07', amount: 20 },
    ];
    const may = evaluateBudget({ total, executions, asOf: '2022-05' });
    expect(may).toEqual({ executed: 10, executionRate: 10 / 30, light: 'green' });
    const june = evaluateBudget({ total, executions, asOf: '2022-06' });
    expect(june).toEqual({ executed: 10, executionRate: 10 / 30, light: 'yellow' });
  });

  it('gray with no execution recorded', () => {
    expect(evaluateBudget({ total, executions: [], asOf: '2022-06' })).toEqual({
      executed: null,
      executionRate: null,
      light: 'gray',
    });
    const later = [{ period: '2022-08', amount: 5 }];
    expect(evaluateBudget({ total, executions: later, asOf: '2022-06' }).light).toBe('gray');
  });

  it('gray without a positive total', () => {
    const executions = [{ period: '2022-03', amount: 5 }];
    expect(evaluateBudget({ total: null, executions, asOf: '2022-06' })).toEqual({
      executed: 5,
      executionRate: null,
      light: 'gray',
    });
    expect(evaluateBudget({ total: 0, executions, asOf: '2022-06' }).light).toBe('gray');
  });

  it('refuses two executions for one period', () => {
    const executions = [
      { period: '2022-03', amount: 5 },
      { period: '2022-03', amount: 6 },
    ];
    expect(() => evaluateBudget({ total, executions, asOf: '2022-06' })).toThrow('同一期间 2022-03 有多条记录');
  });
});

import { describe, expect, it } from 'vitest';
import { inferBudgetYear } from './budget-year';

const named = (...names: string[]) => ({ title: '项目支出绩效目标表', projects: names.map((name) => ({ name })) as never });

describe('inferBudgetYear', () => {
  it('takes the year most project names carry', () => {
    expect(inferBudgetYear(named('2022年业务用房物业管理费', '2022年农村金融建设资金', '2023年金融中介机构补贴', '工作经费'))).toBe(2022);
  });
  it('counts a range such as 2023-2024年 by its first year', () => {
    expect(inferBudgetYear(named('2023-2024年信息化运维项目'))).toBe(2023);
  });
  it('reads the year of a project\'s 实施期 too', () => {
    const withPeriod = (period: string) => ({ title: '', projects: [{ name: '主体班', period }] as never });
    expect([inferBudgetYear(withPeriod('2022年')), inferBudgetYear(withPeriod('2023.07-2024.01')), inferBudgetYear(withPeriod('202001-202012'))]).toEqual([2022, 2023, 2020]);
  });
  it('is null when no year is written, and ignores longer numbers', () => {
    expect(inferBudgetYear(named('工作经费', '12022年'))).toBeNull();
  });
});

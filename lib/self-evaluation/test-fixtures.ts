/**
 * 2022年业务用房物业管理费 (116.96万元) of db/seed-data/guangzhou-jinrong-2022.txt, as the 自评 tests need it:
 * 3 产出 (消防安全检查次数 12次, 主电路设备检查 qualitative, 绿化保洁工作质量达标率 100%) and 2 效益 (qualitative).
 */
import type { QualitativeStatus } from '../monitoring/types';
import type { Target } from '../target-value/types';
import { EMPTY_LINE_EDIT, type LineEdit, type SheetInput, type SheetLineInput } from './sheet';

const qualitative: Target = { kind: 'qualitative', comparator: null, value: null, unit: null, direction: null };

export function line(indicatorId: number, name: string, category: SheetLineInput['category'], target: Target, figure: number | QualitativeStatus | null): SheetLineInput {
  const actual = typeof figure === 'number' ? figure : null;
  const status = typeof figure === 'string' ? figure : null;
  return { indicatorId, name, category, target, actual, status, weight: null, edit: EMPTY_LINE_EDIT, evidenceCount: 0 };
}

export function 物业管理费(executed: number | null, edits: Record<number, Partial<LineEdit>> = {}): SheetInput {
  const lines = [
    line(1, '消防安全检查次数', '产出指标', { kind: 'quantitative', comparator: null, value: 12, unit: '次', direction: 'higher' }, 12),
    line(2, '主电路设备检查', '产出指标', qualitative, '达成'),
    line(3, '安全保障', '效益指标', qualitative, '达成'),
    line(4, '行政运转', '效益指标', qualitative, '部分达成'),
    line(5, '绿化保洁工作质量达标率', '产出指标', { kind: 'quantitative', comparator: null, value: 100, unit: '%', direction: 'higher' }, 98),
  ];
  return {
    initialBudget: 116.96,
    adjustedBudget: null,
    executed,
    budgetAnalysis: '',
    lines: lines.map((l) => ({ ...l, edit: { ...l.edit, ...edits[l.indicatorId] } })),
  };
}

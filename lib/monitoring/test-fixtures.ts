/**
 * Indicators of db/seed-data/guangzhou-jinrong-2022.txt, written out literally as the parser should read
 * them (DOMAIN.md §3–§4), for the monitoring tests.
 */
import type { MeasureMode, Target } from '../target-value/types';
import type { IndicatorEntry, Period, QualitativeStatus } from './types';

interface SeedIndicator {
  target: Target;
  mode: MeasureMode;
}

export const SEED = {
  /** 金融交流合作：召开会议，年度指标值：1 */
  召开会议: {
    target: { kind: 'quantitative', comparator: null, value: 1, unit: null, direction: 'higher' },
    mode: 'cumulative',
  },
  /** 金融高层次人才支持项目工作经费：受益对象满意度（%），年度指标值：≥90% */
  受益对象满意度: {
    target: { kind: 'quantitative', comparator: '>=', value: 90, unit: '%', direction: 'higher' },
    mode: 'level',
  },
  /** 金融业综合业务管理平台：上线运行稳定可靠率，年度指标值：故障率≤1% */
  上线运行稳定可靠率: {
    target: { kind: 'quantitative', comparator: '<=', value: 1, unit: '%', direction: 'lower' },
    mode: 'level',
  },
  /** 信息化运维项目：用户投诉次数，年度指标值：0次 */
  用户投诉次数: {
    target: { kind: 'quantitative', comparator: null, value: 0, unit: '次', direction: 'lower' },
    mode: 'cumulative',
  },
  /** 受托管理机构委托管理费：普惠贷款风险保障水平，年度指标值：有所提升 */
  普惠贷款风险保障水平: {
    target: { kind: 'qualitative', comparator: null, value: null, unit: null, direction: 'higher' },
    mode: 'cumulative',
  },
  /** 受托管理机构委托管理费：普惠机制合作银行累计贷款投放额，年度指标值：800亿元 */
  普惠机制合作银行累计贷款投放额: {
    target: { kind: 'quantitative', comparator: null, value: 800, unit: '亿元', direction: 'higher' },
    mode: 'cumulative',
  },
  /** 2022年业务用房物业管理费：消防安全检查次数，年度指标值：12次 */
  消防安全检查次数: {
    target: { kind: 'quantitative', comparator: null, value: 12, unit: '次', direction: 'higher' },
    mode: 'cumulative',
  },
  /** 金融业综合业务管理平台：项目集成联调通过率，年度指标值：集成联调通过率高于95% */
  项目集成联调通过率: {
    target: { kind: 'quantitative', comparator: '>', value: 95, unit: '%', direction: 'higher' },
    mode: 'level',
  },
} satisfies Record<string, SeedIndicator>;

/** Budget 总计 (万元) of 优化营商环境工作经费. */
export const 优化营商环境工作经费_总计 = 30;

export function value(period: Period, v: number | null, unit?: string): IndicatorEntry {
  return unit === undefined ? { period, value: v, status: null } : { period, value: v, status: null, unit };
}

export function status(period: Period, s: QualitativeStatus | null): IndicatorEntry {
  return { period, value: null, status: s };
}

import { alternation } from './text';

/**
 * Units a target may be written in. A closed vocabulary rather than "whatever follows the number": a number
 * followed by something that is not a unit (`12次的主电路设备检查`) is prose, and prose is qualitative.
 */
const COUNT_UNITS = [
  '个', '次', '家', '户', '人', '名', '位', '项', '件', '篇', '份', '期', '场', '册', '本', '条', '座', '台',
  '套', '所', '批', '类', '种', '部', '辆', '张', '页', '幅', '笔', '单', '宗', '起', '例', '支', '只', '株',
  '棵', '头', '处', '间', '栋', '块', '片', '段', '组', '队', '轮', '遍', '节', '门', '章', '卷', '箱', '包',
  '床', '枚', '人次', '家次', '户次', '场次', '批次', '架次', '车次', '班次', '项次', '个次', '期次', '篇次',
  '课时', '学时',
];
/** Bare `月` is left out: `3月` is March, a duration is written `3个月`. */
const TIME_UNITS = ['年', '个月', '周', '天', '日', '工作日', '个工作日', '小时', '个小时', '分钟', '秒', '季度', '个季度'];
const MEASURE_UNITS = [
  '元', '美元', '港元', '欧元', '米', '公里', '平方米', '平方公里', '立方米', '亩', '公顷', '吨', '公斤', '克',
  '升', '度', '千瓦时', '级', '分', '星', '倍', '成', '个百分点', '百分点',
];
const BASE = alternation([...COUNT_UNITS, ...TIME_UNITS, ...MEASURE_UNITS]);
/** Per-period and per-item units: `个/年`, `条/年`, `元/人`, `元/亩`, `元/平方米`. */
const PER = `/(?:${alternation([...COUNT_UNITS, ...TIME_UNITS, ...MEASURE_UNITS, '月', '季'])})`;
/** Scale words stay in the unit as written (`22万家`, `90亿`); only 万 and 亿 take part in conversions. */
const SCALE = '[十百千]?[万亿]|万亿|千|百';
const LATIN = '[A-Za-z]+[²³]?(?:/[A-Za-z]+)?';

/** Regex source of one unit as written. */
export const UNIT_SOURCE = `(?:%|‰|℃|${LATIN}|(?:${SCALE})(?:${BASE})?(?:${PER})?|(?:${BASE})(?:${PER})?|${PER})`;

/** Units counted in percent: always a level (DOMAIN.md §4). */
export function isPercentUnit(unit: string | null): boolean {
  return unit !== null && (unit === '%' || unit === '‰' || unit.endsWith('百分点'));
}

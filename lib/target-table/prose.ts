/**
 * Targets written as prose, as county notices publish them (绩效目标设定的公示):
 *
 *     标 题: | 同心县2025年设施农业技术培训项目绩效目标设定     ← the project's name
 *     …安排…培训资金30万元。…项目总体绩效目标:提高…。现将…    ← its amount and goal
 *     一、产出指标                                            ← 一级
 *     （一）数量指标                                          ← 二级, or inline: 数量指标：…；时效指标：…
 *     设施温棚种植人员(县内培训)≧300人;                       ← items split at ；;。
 *     三、满意度指标 / 参训学员满意度≥95%。
 *     附件: …                                                 ← the end
 *
 * An item's name and target part at its comparator (`≧300人`), else at a trailing quantity, else at its last comma
 * (`完成时限,2025年10月底前`), else before a trailing comparative word (`生态修复功能提高`).
 */
import { emptyAmounts } from './amounts';
import { proseItems } from './prose-items';
import type { ImportPreview, ImportWarning } from './types';

type Rows = readonly (readonly string[])[];

const LEVEL1 = /^[一二三四五六七八九十]+\s*[、.．]\s*(?:产出|效益|效果|满意度|成本)指标$/;

const lineText = (row: readonly string[]) => row.map((cell) => cell.trim()).filter(Boolean).join(' ');
const compact = (text: string) => text.replace(/\s+/g, '');

/** The index of the first row that is a 一级 heading (`一、产出指标`), or -1. */
export function findProseHeading(rows: Rows): number {
  return rows.findIndex((row) => LEVEL1.test(compact(lineText(row))));
}

/** The project's name: the notice's 标题, without `关于` and `绩效目标设定的公示`. */
function titleOf(rows: Rows, before: number): string {
  for (const row of rows.slice(0, before)) {
    const labelled = /^(?:标\s*题|名\s*称)\s*[：:]?\s*\|?\s*(.+?)\s*\|?\s*$/.exec(lineText(row));
    if (labelled) return labelled[1];
  }
  return rows.slice(0, before).map(lineText).find((text) => text.includes('项目') && text.includes('绩效目标')) ?? '';
}

const projectName = (title: string) =>
  compact(title).replace(/^关于/, '').replace(/(?:的)?(?:绩效目标(?:设定|申报|表)?)(?:的?公示)?$|的?公示$/, '');

export function parseProse(rows: Rows): ImportPreview {
  const heading = findProseHeading(rows);
  const intro = rows.slice(0, heading).map(lineText).join('');
  const end = rows.findIndex((row, index) => index > heading && /^附件/.test(compact(lineText(row))));
  const body = rows.slice(heading, end < 0 ? rows.length : end).map((row, index) => ({ text: lineText(row), line: heading + index + 1 }));
  const items = proseItems(body);
  const total = /资金\s*(\d+(?:\.\d+)?)\s*万元/.exec(intro);
  const goal = /总体(?:绩效)?目标(?:是|为)?[：:]\s*(.+?)(?:现将|$)/.exec(intro)?.[1]?.trim() ?? '';
  const name = projectName(titleOf(rows, heading)) || `未命名项目（第${heading + 1}行）`;
  const warnings: ImportWarning[] = [...items.warnings];
  if (!total) warnings.push({ line: heading + 1, message: `项目「${name}」的资金（「资金…万元」）未找到，金额留空` });
  if (!goal) warnings.push({ line: heading + 1, message: `项目「${name}」没有绩效目标` });
  const amounts = { ...emptyAmounts(), total: total ? Number(total[1]) : null };
  return {
    title: titleOf(rows, heading),
    department: '',
    unit: '万元',
    totals: amounts,
    projects: [{ name, amounts, goal, indicators: items.value, line: heading + 1 }],
    warnings: warnings.sort((a, b) => a.line - b.line),
  };
}

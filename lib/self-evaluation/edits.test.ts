import { describe, expect, it } from 'vitest';
import { describeLineChange, resolveLineEdit, submissionProblems, type LineEditRequest } from './edits';
import { buildSheet } from './sheet';
import { 物业管理费 } from './test-fixtures';

const keep: LineEditRequest = { notApplicable: false, reason: '', score: null, analysis: '' };

describe('resolveLineEdit', () => {
  const input = 物业管理费(100, { 4: { notApplicable: true, reason: '年度内未开展' } });

  it('takes a qualitative score inside its band at the line’s weight, as a share of it', () => {
    // With 行政运转 不适用, 主电路设备检查 weighs 23.08 (see sheet.test.ts): 达成 scores 18.47 (ceil of 18.464) to 23.08.
    const result = resolveLineEdit(input, 2, { ...keep, score: 20, reason: '检查全部完成' });
    expect(result).toEqual({ ok: true, edit: { notApplicable: false, qualitativeShare: 20 / 23.08, reason: '检查全部完成', analysis: '' } });
  });

  it('refuses a score outside the band, naming the line and the band', () => {
    expect(resolveLineEdit(input, 2, { ...keep, score: 14, reason: '理由' })).toEqual({
      ok: false,
      field: 'score',
      message: '「主电路设备检查」为“达成”，分值 23.08，得分应在 18.47–23.08 之间（收到 14）',
    });
    expect(resolveLineEdit(input, 2, { ...keep, score: 18.46, reason: '理由' })).toMatchObject({ ok: false, field: 'score' });
    expect(resolveLineEdit(input, 2, { ...keep, score: 23.09, reason: '理由' })).toMatchObject({ ok: false, field: 'score' });
  });

  it('refuses a score on a quantitative line and a 不适用 line', () => {
    expect(resolveLineEdit(input, 1, { ...keep, score: 10, reason: '理由' })).toMatchObject({ ok: false, message: '「消防安全检查次数」是定量指标，得分按实际完成值计算，不能调整' });
    expect(resolveLineEdit(input, 3, { ...keep, notApplicable: true, score: 10, reason: '理由' })).toMatchObject({ ok: false, field: 'score' });
  });

  it('needs a reason for 不适用 and for a moved score; the draft’s own score is no change', () => {
    expect(resolveLineEdit(input, 3, { ...keep, notApplicable: true, reason: '  ' })).toEqual({ ok: false, field: 'reason', message: '「安全保障」标记为不适用时请填写理由' });
    expect(resolveLineEdit(input, 2, { ...keep, score: 21 })).toEqual({ ok: false, field: 'reason', message: '「主电路设备检查」调整得分时请填写理由' });
    // The draft: 0.9 × 23.08 = 20.772 → 20.77.
    expect(resolveLineEdit(input, 2, { ...keep, score: 20.77, analysis: ' 说明 ' })).toEqual({ ok: true, edit: { notApplicable: false, qualitativeShare: null, reason: '', analysis: '说明' } });
  });
});

describe('describeLineChange', () => {
  it('shows the draft score and what replaced it, with the reason', () => {
    const sheet = buildSheet(物业管理费(100, { 4: { notApplicable: true, reason: '年度内未开展' }, 2: { qualitativeShare: 20 / 23.08, reason: '检查全部完成' } }));
    expect(sheet.lines.map(describeLineChange)).toEqual([null, '草稿 16.88 → 20.00，理由：检查全部完成', null, '草稿 11.81 → 不适用，理由：年度内未开展', null]);
  });
});

describe('submissionProblems', () => {
  it('names every line below its weight without an analysis, and the budget line', () => {
    const sheet = buildSheet(物业管理费(100, { 3: { analysis: '资产安全无事故，但巡查记录不全' } }));
    expect(submissionProblems(sheet)).toEqual([
      '预算执行率得分低于分值，请填写偏差原因分析及改进措施',
      '「主电路设备检查」得分 16.88 低于分值 18.75，请填写偏差原因分析及改进措施',
      '「行政运转」得分 11.81 低于分值 16.87，请填写偏差原因分析及改进措施',
      '「绿化保洁工作质量达标率」得分 18.38 低于分值 18.75，请填写偏差原因分析及改进措施',
    ]);
  });

  it('is empty once every shortfall is explained', () => {
    const analysis = { analysis: '已分析' };
    const sheet = buildSheet({ ...物业管理费(100, { 2: analysis, 3: analysis, 4: analysis, 5: analysis }), budgetAnalysis: '年底部分合同未结算' });
    expect(submissionProblems(sheet)).toEqual([]);
  });
});

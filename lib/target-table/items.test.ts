import { describe, expect, it } from 'vitest';
import { splitItems } from './item-split';
import { readIndicators } from './items';

function read(text: string, line = 1) {
  const { value: indicators, warnings } = readIndicators([{ text, line }]);
  return { indicators, warnings, brief: indicators.map((i) => [i.seq, i.category, i.name, i.targetText]) };
}

describe('splitting 绩效指标 into items (seed quirks)', () => {
  it('separator 。 and doubled 。。 (line 12)', () => {
    const { brief, warnings } = read(
      '1、满意度指标：落实《广州南沙深化面向世界的粤港澳全面合作总体方案》，年度指标值：推动粤港澳大湾区国际商业银行设立。。2、产出指标：参加会议人数，年度指标值：30。3、产出指标：会议数（次），年度指标值：4。',
    );
    expect(brief).toEqual([
      [1, '满意度指标', '落实《广州南沙深化面向世界的粤港澳全面合作总体方案》', '推动粤港澳大湾区国际商业银行设立'],
      [2, '产出指标', '参加会议人数', '30'],
      [3, '产出指标', '会议数（次）', '4'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('separator ； with a space (line 19) and ; (ASCII)', () => {
    const { brief } = read('1、产出指标：开展融资担保行业现场检查工作，年度指标值：20家; 2、产出指标：开展商业保理行业现场检查工作，年度指标值：14家；');
    expect(brief).toEqual([
      [1, '产出指标', '开展融资担保行业现场检查工作', '20家'],
      [2, '产出指标', '开展商业保理行业现场检查工作', '14家'],
    ]);
  });

  it('no separator between items (line 20) splits on the number and warns', () => {
    const { brief, warnings } = read('1、效益指标：月度风险监测简报数量，完善风险预警体系，年度指标值：12份 2、产出指标：开展视频、广告宣传等形式宣传打击非法集资，年度指标值：1次；', 20);
    expect(brief.map((b) => b[3])).toEqual(['12份', '1次']);
    expect(brief[0]?.[2]).toBe('月度风险监测简报数量，完善风险预警体系');
    expect(warnings).toEqual([{ line: 20, message: expect.stringContaining('没有分隔符') }]);
  });

  it('numbering `4. ` and 。 before 年度指标值 (line 34)', () => {
    const { brief, warnings } = read('3、产出指标：奖励资金发放及时率（%），年度指标值：100%； 4. 效益指标：优化融资租赁行业发展营商环境。年度指标值：为广州融资租赁行业发展营造良好的环境，支持飞机租赁及设备项目落地。');
    expect(brief).toEqual([
      [3, '产出指标', '奖励资金发放及时率（%）', '100%'],
      [4, '效益指标', '优化融资租赁行业发展营商环境', '为广州融资租赁行业发展营造良好的环境，支持飞机租赁及设备项目落地'],
    ]);
    expect(warnings.map((w) => w.message)).toEqual(['指标编号从第3项开始']);
  });

  it('no numbering at all (line 32): seq 1 with a warning', () => {
    const { brief, warnings } = read('效益指标：部门安全保密，年度指标值：保证文件安全，防止失泄密发生，保证行车安全零事故发生。', 32);
    expect(brief).toEqual([[1, '效益指标', '部门安全保密', '保证文件安全，防止失泄密发生，保证行车安全零事故发生']]);
    expect(warnings).toEqual([{ line: 32, message: '指标没有编号，按顺序记为第1项' }]);
  });

  it('items without 年度指标值 take the trailing quantity (line 33)', () => {
    const { brief, warnings } = read('1、产出指标：在穗法人增资扩股金融机构数3家； 2、产出指标：在穗法人金融机构增资扩股额10亿元； 3、效益指标：奖励补贴发放及时率，年度指标值：100%； 4、效益指标：促进在穗法人金融机构发展壮大；', 33);
    expect(brief).toEqual([
      [1, '产出指标', '在穗法人增资扩股金融机构数', '3家'],
      [2, '产出指标', '在穗法人金融机构增资扩股额', '10亿元'],
      [3, '效益指标', '奖励补贴发放及时率', '100%'],
      [4, '效益指标', '促进在穗法人金融机构发展壮大', ''],
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      '第1项指标「在穗法人增资扩股金融机构数3家」没有「年度指标值」，取末尾的数量「3家」作为目标值',
      '第2项指标「在穗法人金融机构增资扩股额10亿元」没有「年度指标值」，取末尾的数量「10亿元」作为目标值',
      '第4项指标「促进在穗法人金融机构发展壮大」没有「年度指标值」，也没有可作目标值的数量，目标值留空，请补充',
    ]);
    expect(warnings.every((w) => w.line === 33)).toBe(true);
  });

  it('numbers inside names and targets do not start items', () => {
    const { brief } = read('1、产出指标：单户授信总额1000万元及以下小微企业贷款同比增速，年度指标值：15%； 2、产出指标：主电路设备检查，年度指标值：进行12次的主电路设备检查；');
    expect(brief.map((b) => b[0])).toEqual([1, 2]);
  });

  it('an unknown 一级指标 label keeps the item and warns', () => {
    const { indicators, warnings } = read('1、过程指标：按时开工，年度指标值：是');
    expect(indicators[0]).toMatchObject({ category: null, name: '按时开工', targetText: '是' });
    expect(warnings.map((w) => w.message)).toEqual(['第1项指标的一级指标「过程指标」无法识别，请选择']);
  });

  it('a 二级指标 label gives category and subcategory', () => {
    const { indicators } = read('1、数量指标：参加会议人数，年度指标值：30');
    expect(indicators[0]).toMatchObject({ category: '产出指标', subcategory: '数量指标', name: '参加会议人数' });
  });

  it('fills target and mode from lib/target-value', () => {
    const { indicators } = read('1、产出指标：参加会议人数，年度指标值：30。');
    expect(indicators[0]).toEqual({
      seq: 1,
      category: '产出指标',
      subcategory: null,
      name: '参加会议人数',
      targetText: '30',
      target: { kind: 'quantitative', comparator: null, value: 30, unit: null, direction: 'higher' },
      mode: 'cumulative',
    });
  });

  it('renumbers a repeated number and keeps the text before the first item as an item', () => {
    const items = splitItems('完成率100%； 1、产出指标：a，年度指标值：1');
    expect(items.map((i) => [i.seq, i.label, i.body])).toEqual([
      [null, null, '完成率100%；'],
      [1, '产出指标', 'a，年度指标值：1'],
    ]);
    const { brief, warnings } = read('完成率100%； 1、产出指标：a，年度指标值：1');
    expect(brief.map((b) => b[0])).toEqual([1, 2]);
    expect(warnings.map((w) => w.message)).toContain('指标编号「1」与前面的编号重复或倒序，改记为第2项');
  });
});

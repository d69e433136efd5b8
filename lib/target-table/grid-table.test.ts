import { describe, expect, it } from 'vitest';
import { TableFormatError } from './errors';
import { composeTarget } from './grid-target';
import { MISSING_GRID_HEADER, parseGridTable } from './grid-table';

const rows = (...lines: string[]) => lines.map((line) => line.split('\t'));

const GRID = rows(
  '项目支出绩效目标表',
  '部门名称：广州市地方金融监督管理局',
  '单位：万元',
  '项目名称\t优化营商环境工作经费\t实施单位\t广州市地方金融监督管理局',
  '资金总额\t30.00\t其中：财政拨款\t30.00\t财政专户拨款\t\t其他资金\t',
  '年度绩效目标\t引入外部智库参与广州市金融信贷营商环境优化工作。',
  '一级指标\t二级指标\t三级指标\t指标值\t度量单位\t指标性质\t权重',
  '产出指标\t数量指标\t参加会议人数\t30\t人\t≥\t',
  '\t\t会议数\t4\t次\t\t',
  '\t时效指标\t完成时间\t2022年12月底前\t\t定性\t',
  '满意度指标\t服务对象满意度指标\t受益对象满意度\t90\t%\t≥\t',
  '',
  '项目名称\t保险业服务实体经济工作经费',
  '资金总额\t1,400.00',
  '绩效目标\t鼓励提高“险资入穗”工作效率和水平。',
  '一级指标\t二级指标\t三级指标\t指标值',
  '效益\t社会效益\t原保险保费收入\t1450亿元以上',
);

describe('parseGridTable', () => {
  const preview = parseGridTable(GRID);

  it('reads the title, department and one project per 项目名称 block', () => {
    expect(preview).toMatchObject({ title: '项目支出绩效目标表', department: '广州市地方金融监督管理局', unit: '万元' });
    expect(preview.projects.map((p) => [p.name, p.amounts.total, p.indicators.length])).toEqual([
      ['优化营商环境工作经费', 30, 4],
      ['保险业服务实体经济工作经费', 1400, 1],
    ]);
    expect(preview.projects[0]?.amounts).toEqual({ total: 30, fiscal: 30, specialAccount: null, other: null });
    expect(preview.projects[0]?.goal).toBe('引入外部智库参与广州市金融信贷营商环境优化工作。');
  });

  it('totals are the sum of the projects', () => {
    expect(preview.totals).toEqual({ total: 1430, fiscal: 30, specialAccount: null, other: null });
  });

  it('carries merged 一级/二级 cells down and composes the 年度指标值', () => {
    expect(preview.projects[0]?.indicators.map((i) => [i.seq, i.category, i.subcategory, i.name, i.targetText])).toEqual([
      [1, '产出指标', '数量指标', '参加会议人数', '≥30人'],
      [2, '产出指标', '数量指标', '会议数', '4次'],
      [3, '产出指标', '时效指标', '完成时间', '2022年12月底前'],
      [4, '满意度指标', '服务对象满意度指标', '受益对象满意度', '≥90%'],
    ]);
    expect(preview.projects[0]?.indicators[3]?.target).toMatchObject({ kind: 'quantitative', comparator: '>=', value: 90, unit: '%' });
  });

  it('accepts 一级/二级 names without the 指标 suffix', () => {
    expect(preview.projects[1]?.indicators[0]).toMatchObject({ category: '效益指标', subcategory: '社会效益指标', targetText: '1450亿元以上' });
  });

  it('has nothing to warn about in a clean grid', () => {
    expect(preview.warnings).toEqual([]);
  });

  it('keeps the weight and the 实施单位, and warns about an unknown 指标性质 and stray text', () => {
    const read = parseGridTable(
      rows(
        '项目名称\t会议经费\t实施单位\t某中心',
        '一级指标\t二级指标\t三级指标\t指标值\t度量单位\t指标性质\t权重',
        '产出指标\t数量指标\t会议数\t4\t次\t约\t10',
        '备注：无',
      ),
    );
    expect(read.projects[0]).toMatchObject({ executor: '某中心', indicators: [{ name: '会议数', targetText: '4次', weight: 10 }] });
    expect(read.warnings).toEqual([
      { line: 1, message: '项目「会议经费」没有绩效目标' },
      { line: 3, message: '指标性质「约」无法识别，未使用' },
      { line: 4, message: '文字「备注：无」未能识别，未导入' },
    ]);
  });

  it('throws TableFormatError without a grid header', () => {
    expect(() => parseGridTable(rows('项目名称\t会议经费', '资金总额\t1'))).toThrow(MISSING_GRID_HEADER);
    expect(() => parseGridTable([])).toThrow(TableFormatError);
  });
});

describe('composeTarget', () => {
  const compose = (value: string, unit = '', nature = '') => {
    const warnings: string[] = [];
    return [composeTarget(value, unit, nature, (m) => warnings.push(m)), warnings];
  };

  it.each([
    ['30', '人', '≥', '≥30人'],
    ['5', '次', '反向指标', '≤5次'],
    ['100', '%', '=', '=100%'],
    ['1,000', '万元', '大于等于', '≥1,000万元'],
    ['有所提升', '', '定性', '有所提升'],
    ['≥90%', '', '≥', '≥90%'],
  ])('%s + %s + %s → %s', (value, unit, nature, expected) => {
    expect(compose(value, unit, nature)).toEqual([expected, []]);
  });

  it('does not glue a unit onto text', () => {
    expect(compose('及时', '天')).toEqual(['及时', ['度量单位「天」未并入指标值「及时」（指标值不是数字）']]);
  });
});

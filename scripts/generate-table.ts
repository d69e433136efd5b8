/**
 * A synthetic 项目支出绩效目标表 in the Guangzhou inline layout (the tab-separated format of
 * db/seed-data/guangzhou-jinrong-2022.txt), for benchmarks: title, 部门名称, 单位, header, 合计 and the
 * department subtotal, then `projects` project rows with goals and 4–8 numbered indicators, and a
 * page-break continuation row every so often. Deterministic for a given seed.
 */

export const GENERATED_DEPARTMENT = '广州市合成测试管理局';

const HEADER = ['项目名称（资金使用单位）', '总计', '财政拨款', '财政专户拨款', '其他资金', '绩效目标', '绩效指标'].join('\t');

const TOPICS = ['金融风险监测', '营商环境优化', '普惠金融服务', '资本市场培育', '人才支持', '信息化运维', '宣传推广', '交流合作', '行业监管', '绿色金融'];
const KINDS = ['工作经费', '专项资金', '补贴', '奖励', '运营管理', '服务采购'];
const GOALS = [
  '按照有关文件要求做好{t}工作，提升服务实体经济的能力，促进区域金融中心建设。',
  '持续推进{t}，完善工作机制，加强部门协同，提高工作效率和水平；加大宣传力度，营造良好氛围。',
  '一是加强{t}的制度建设；二是强化日常监测与预警；三是稳妥处置重点事项，维护金融市场健康稳定发展。',
];

/** [一级指标, name, 年度指标值] patterns after the seed's 年度指标值 styles. */
const ITEMS: [string, string, string][] = [
  ['产出指标', '参加会议人数', '30'],
  ['产出指标', '会议数（次）', '4'],
  ['产出指标', '开展现场检查工作', '20家'],
  ['产出指标', '金融风险监测企业数(万家)', '22万家'],
  ['产出指标', '反映发展规模', '7000亿元以上'],
  ['产出指标', '获得普惠贷款户数', '10万户'],
  ['产出指标', '消防安全检查次数', '12次'],
  ['产出指标', '数据主题数（个/年）', '20个/年'],
  ['产出指标', '上线运行稳定可靠率', '故障率≤1%'],
  ['产出指标', '项目计划时间', '10个月'],
  ['效益指标', '受益对象满意度（%）', '≥90%'],
  ['效益指标', '奖励补贴发放及时率', '100%'],
  ['效益指标', '普惠贷款风险保障水平', '有所提升'],
  ['效益指标', '用户投诉次数', '0次'],
  ['效益指标', '平均故障恢复时间', '半天内'],
  ['效益指标', '优化多层次资本市场生态环境', '优化广州多层次资本市场生态环境'],
  ['效益指标', '单户授信小微企业贷款同比增速', '15%'],
  ['满意度指标', '服务对象满意度', '不低于95%'],
  ['满意度指标', '社会公众满意度', '有所提升'],
  ['成本指标', '项目成本控制', '不超过预算'],
];

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const money = (value: number) => value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

interface GeneratedProject {
  name: string;
  total: number;
  goal: string;
  items: string[];
}

function project(index: number, next: () => number): GeneratedProject {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const topic = pick(TOPICS);
  const name = `${2022}年${topic}${pick(KINDS)}（${index + 1}）`;
  const total = Math.round((5 + next() * 995) * 100) / 100;
  const goal = pick(GOALS).replace('{t}', topic);
  const count = 4 + Math.floor(next() * 5);
  const separator = pick(['。', '；', '； ', '。。']);
  const items = Array.from({ length: count }, (_, i) => {
    const [category, indicator, target] = pick(ITEMS);
    return `${i + 1}、${category}：${indicator}，年度指标值：${target}${separator}`;
  });
  return { name, total, goal, items };
}

/** The table text and what it holds; `continuationEvery` rows a project is split by a page break. */
export function generateTable({ projects = 2000, seed = 42, continuationEvery = 25 } = {}): { text: string; projects: number; indicators: number } {
  const next = random(seed);
  const generated = Array.from({ length: projects }, (_, i) => project(i, next));
  const total = money(generated.reduce((sum, p) => sum + p.total, 0));
  const lines = [
    '',
    '项目支出绩效目标表（含转移支付项目）',
    '',
    `部门名称：${GENERATED_DEPARTMENT}`,
    '',
    '单位：万元',
    '',
    HEADER,
    ['合计', total, total, '', '', '', ''].join('\t'),
    [GENERATED_DEPARTMENT, total, total, '', '', '', ''].join('\t'),
  ];
  generated.forEach((p, i) => {
    const amounts = [money(p.total), money(p.total), '', ''];
    if (i % continuationEvery !== continuationEvery - 1) {
      lines.push([p.name, ...amounts, p.goal, p.items.join('')].join('\t'));
      return;
    }
    // A page break: the goal is cut mid-sentence and the rest of the indicators go on the next row.
    const cut = Math.floor(p.goal.length / 2);
    const half = Math.ceil(p.items.length / 2);
    lines.push([p.name, ...amounts, p.goal.slice(0, cut), p.items.slice(0, half).join('')].join('\t'));
    lines.push(['', '', '', '', '', p.goal.slice(cut), p.items.slice(half).join('')].join('\t'));
  });
  const indicators = generated.reduce((n, p) => n + p.items.length, 0);
  return { text: `${lines.join('\n')}\n`, projects, indicators };
}

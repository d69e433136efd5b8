/** What opening a round carries (API body or form), with Chinese messages; the month and deadline are checked as text. */
import { z } from 'zod';

const FIELDS = ['year', 'departmentId', 'period', 'deadline', 'official'];

/** POST /api/v1/rounds: `{ "year", "departmentId", "period", "deadline", "official" }`. */
export const openRoundSchema = z
  .strictObject(
    {
      year: z.int({ error: '年度应为四位整数（如 2022）' }).min(2000, '年度应为四位整数（如 2022）').max(2100, '年度应为四位整数（如 2022）').meta({ description: '预算年度' }),
      departmentId: z.int({ error: '请选择部门' }).positive('请选择部门').meta({ description: '部门编号' }),
      period: z.string({ error: '请填写监控月份（YYYY-MM）' }).max(20, '监控月份应为 YYYY-MM').meta({ description: '本轮覆盖到的月份，如 2022-07（1–7月）', examples: ['2022-07'] }),
      deadline: z.string({ error: '请填写截止日期（YYYY-MM-DD）' }).max(20, '截止日期应为 YYYY-MM-DD').meta({ description: '送审截止日期，YYYY-MM-DD', examples: ['2022-08-15'] }),
      official: z.boolean({ error: 'official 应为 true 或 false' }).optional().default(false).meta({ description: '是否为正式监控轮次（报送财政）' }),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? `未知字段：${issue.keys.map((k) => k.slice(0, 40)).join('、')}（可用字段：${FIELDS.join('、')}）` : '轮次内容应为 JSON 对象',
    },
  )
  .meta({ id: 'RoundInput' });

export type OpenRoundInput = z.output<typeof openRoundSchema>;

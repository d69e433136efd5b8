/**
 * The import preview as it comes back from the browser, possibly edited: nothing in it is trusted. Limits keep a
 * forged payload from filling the database; the enums and invariants are the ones the parser guarantees.
 */
import { z } from 'zod';
import { LAYOUT_IDS, type ImportPreview } from '@/lib/target-table';
import { CATEGORIES, COMPARATORS, DIRECTIONS, MEASURE_MODES, TARGET_KINDS } from '@/lib/target-value';
import { ValidationError } from '../errors';

export const PREVIEW_LIMITS = {
  projects: 2000,
  indicatorsPerProject: 300,
  warnings: 5000,
  name: 300,
  shortText: 100,
  text: 20000,
  /** 万元 amounts and target values beyond this are typing errors. */
  magnitude: 1e12,
} as const;

const finite = z.number().min(-PREVIEW_LIMITS.magnitude).max(PREVIEW_LIMITS.magnitude);
const amount = finite.nullable();
const name = z.string().trim().min(1).max(PREVIEW_LIMITS.name);
const shortText = z.string().max(PREVIEW_LIMITS.shortText);
const text = z.string().max(PREVIEW_LIMITS.text);

const amounts = z.strictObject({ total: amount, fiscal: amount, specialAccount: amount, other: amount });

const position = z.int().min(1).max(10_000_000);
const source = z.union([
  z.strictObject({ page: position, line: position }),
  z.strictObject({ table: position, row: position }),
  z.strictObject({ sheet: z.string().max(PREVIEW_LIMITS.shortText), row: position }),
  z.strictObject({ line: position }),
]);

const target = z
  .strictObject({
    kind: z.enum(TARGET_KINDS),
    comparator: z.enum(COMPARATORS).nullable(),
    value: finite.nullable(),
    unit: z.string().trim().min(1).max(30).nullable(),
    direction: z.enum(DIRECTIONS).nullable(),
  })
  .refine((t) => t.kind !== 'quantitative' || t.value !== null, { message: '定量指标需要目标值', path: ['value'] })
  .refine((t) => t.kind !== 'qualitative' || (t.value === null && t.unit === null), {
    message: '定性指标没有目标数值和单位',
    path: ['value'],
  });

const indicator = z.strictObject({
  seq: z.int().min(1).max(PREVIEW_LIMITS.indicatorsPerProject),
  category: z.enum(CATEGORIES).nullable(),
  subcategory: shortText.nullable(),
  name,
  targetText: z.string().max(2000),
  target,
  mode: z.enum(MEASURE_MODES),
  weight: z.number().min(0).max(1000).nullable().optional(),
});

const project = z.strictObject({
  name,
  amounts,
  goal: text,
  indicators: z.array(indicator).max(PREVIEW_LIMITS.indicatorsPerProject),
  layout: z.enum(LAYOUT_IDS).optional(),
  line: position.optional(),
  source: source.optional(),
  department: shortText.optional(),
  executor: shortText.optional(),
  period: shortText.optional(),
});

export const previewSchema = z.strictObject({
  title: z.string().max(PREVIEW_LIMITS.name),
  department: shortText,
  unit: z.string().max(20),
  totals: amounts,
  projects: z.array(project).min(1).max(PREVIEW_LIMITS.projects),
  warnings: z
    .array(z.strictObject({ line: z.int().min(0).max(10_000_000), message: z.string().max(2000), source: source.optional() }))
    .max(PREVIEW_LIMITS.warnings),
  format: shortText.optional(),
  layout: z.strictObject({ id: z.enum(LAYOUT_IDS), label: shortText, evidence: z.string().max(PREVIEW_LIMITS.name) }).optional(),
}) satisfies z.ZodType<ImportPreview>;

/** What the confirm step sends: the preview and the department and year the user settled on. */
export const importRequestSchema = z.strictObject({
  preview: previewSchema,
  departmentName: z.string().trim().min(1, '请填写部门名称').max(PREVIEW_LIMITS.shortText),
  year: z.int('请填写预算年度').min(2000, '预算年度应在 2000–2100 之间').max(2100, '预算年度应在 2000–2100 之间'),
  confirmRemovals: z.boolean(),
  /** Per conflicting corrected target (indicator id): keep the correction or take the table's reading. */
  targetDecisions: z.record(z.string().regex(/^\d{1,15}$/), z.enum(['keep', 'table'])).optional(),
  /** Per offered measure-mode change (indicator id): take the table's mode or keep the stored one. */
  modeDecisions: z.record(z.string().regex(/^\d{1,15}$/), z.enum(['accept', 'keep'])).optional(),
});

export type ImportRequest = z.infer<typeof importRequestSchema>;

const INDEXED: Record<string, (n: number) => string> = {
  projects: (n) => `第${n + 1}个项目`,
  indicators: (n) => `第${n + 1}项指标`,
  warnings: (n) => `第${n + 1}条提示`,
};

/** `projects.3.indicators.1.target.value` → `第4个项目第2项指标的 target.value`. */
function describePath(path: PropertyKey[]): string {
  const parts: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < path.length; i += 1) {
    const key = String(path[i]);
    const index = path[i + 1];
    if (INDEXED[key] && typeof index === 'number') {
      parts.push(INDEXED[key](index));
      i += 1;
    } else {
      rest.push(key);
    }
  }
  return [parts.join(''), rest.join('.')].filter(Boolean).join('的 ');
}

const zhCN = z.locales.zhCN();

/** Parses the confirm payload; anything malformed is refused with a message in Chinese naming where. */
export function parseImportRequest(payload: unknown): ImportRequest {
  const result = importRequestSchema.safeParse(payload, { error: zhCN.localeError });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = describePath(issue.path[0] === 'preview' ? issue.path.slice(1) : issue.path);
  throw new ValidationError(`导入内容无效${where ? `（${where}）` : ''}：${issue.message}；未导入任何内容`);
}

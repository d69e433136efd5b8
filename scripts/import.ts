/**
 * `npm run -s import -- [--dry-run] [--json] [--year YYYY] [--department NAME] [--confirm-removals] [--corrections keep|table] [--modes accept|keep] FILE`
 * Exit codes: 0 done, 2 unreadable or invalid input (nothing written), 3 a re-import would remove rows or overrule
 * corrected targets whose 年度指标值 changed, or offers a measure mode read differently (rerun with --confirm-removals /
 * --corrections / --modes).
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { beijingDate } from '@/lib/calendar/shanghai';
import { TableFormatError, describeSource, inferBudgetYear, type ImportPreview } from '@/lib/target-table';
import { MEASURE_MODE_LABELS } from '@/lib/target-value/types';
import { AppError, ConflictError } from '@/server/errors';
import { removeBlobUnlessReferenced } from '@/server/attachments/blob-store';
import { importTable } from '@/server/import/import-table';
import { parseInWorker } from '@/server/import/parse-in-worker';
import type { ImportPlan } from '@/server/import/plan-import';
import { prepareDatabase } from '@/server/setup/prepare-database';

function fail(message: string, code = 2): never {
  process.stderr.write(`导入失败：${message}\n`);
  process.exit(code);
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        year: { type: 'string' },
        department: { type: 'string' },
        'confirm-removals': { type: 'boolean', default: false },
        corrections: { type: 'string' },
        modes: { type: 'string' },
      },
    });
  } catch (error) {
    fail(`参数有误：${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) fail('请指定一个要导入的文件，例如：npm run -s import -- --dry-run --json 目标表.txt');
  const file = positionals[0];
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) fail(`预算年度“${values.year}”无效，应为四位年份`);
  const corrections = values.corrections;
  if (corrections !== undefined && corrections !== 'keep' && corrections !== 'table') fail('--corrections 应为 keep（保留修正）或 table（采用新表）');
  const modes = values.modes;
  if (modes !== undefined && modes !== 'accept' && modes !== 'keep') fail('--modes 应为 accept（采用新识别的计量方式）或 keep（保留已保存的）');

  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    fail(`无法读取文件 ${file}`);
  }
  const preview = await parseInWorker({ bytes }).catch((error: unknown) => {
    if (error instanceof TableFormatError) fail(error.message);
    throw error;
  });
  if (values.department) preview.department = values.department.trim();
  if (values['dry-run']) {
    if (values.json) process.stdout.write(`${JSON.stringify(preview, null, 2)}\n`);
    else printSummary(preview, '预览（未写入）');
    return;
  }
  const year = values.year ? Number(values.year) : (inferBudgetYear(preview) ?? beijingDate(new Date()).year);
  const { db } = prepareDatabase();
  try {
    const summary = importTable(db, null, preview, {
      year,
      confirmRemovals: values['confirm-removals'],
      targetDecisions: corrections,
      modeDecisions: modes,
      origin: { channel: 'cli' },
    });
    for (const sha256 of summary.releasedFiles) removeBlobUnlessReferenced(db, sha256);
    const result = { ...summary.plan.counts, budgetYearId: summary.budgetYearId, department: summary.department, year, warnings: preview.warnings.length };
    if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else printSummary(preview, `已导入 ${summary.department} ${year} 年度：新增 ${result.newProjects} 个项目、更新 ${result.updatedProjects} 个`);
  } catch (error) {
    if (error instanceof ConflictError) {
      const plan = error.current as ImportPlan;
      const lines = [
        ...plan.removedProjects.map((p) => `  项目：${p.name}`),
        ...plan.removedIndicators.map((i) => `  指标：${i.project} / ${i.name}`),
        ...plan.targetConflicts.map((c) => `  目标已修正：${c.project} / ${c.name}（原「${c.corrected.targetText}」，新表「${c.table.targetText}」）`),
        ...plan.modeChanges.map((c) => `  计量方式：${c.project} / ${c.name}（已保存为${MEASURE_MODE_LABELS[c.from]}，按现行规则识别为${MEASURE_MODE_LABELS[c.to]}）`),
      ];
      const flags = [
        ...(plan.removedProjects.length + plan.removedIndicators.length > 0 ? ['--confirm-removals'] : []),
        ...(plan.targetConflicts.length > 0 ? ['--corrections keep|table'] : []),
        ...(plan.modeChanges.length > 0 ? ['--modes accept|keep'] : []),
      ];
      const rerun = `加 ${flags.join(' 和 ')}`;
      fail(`${error.message}（确认后${rerun}重新执行）：\n${lines.join('\n')}`, 3);
    }
    if (error instanceof AppError) fail(error.message);
    throw error;
  } finally {
    db.$client.close();
  }
}

function printSummary(preview: ImportPreview, heading: string) {
  const indicators = preview.projects.reduce((n, p) => n + p.indicators.length, 0);
  console.log(`${heading}\n${preview.department} · ${preview.projects.length} 个项目 · ${indicators} 个指标 · ${preview.warnings.length} 条提示`);
  if (preview.layout) console.log(`识别为：${preview.layout.label}（${preview.layout.evidence}）`);
  for (const w of preview.warnings) console.log(`  ${describeSource(w.line, w.source)}：${w.message}`);
}

main();

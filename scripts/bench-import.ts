/**
 * `npm run bench:import [-- --projects N]`: times the importer on a generated Guangzhou-layout table of N
 * projects (default 2,000): parsing, the `--dry-run --json` CLI, a real import into a fresh database and a
 * re-import of the same table; then the preview of a 100-page PDF of a department's tables (printed by headless
 * Chromium). Prints the figures in milliseconds; the last line is one JSON object.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDb } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { parseInlineTable } from '@/lib/target-table';
import { importTable } from '@/server/import/import-table';
import { benchPdfPreview } from './bench/pdf-preview';
import { generateTable } from './generate-table';

const { values } = parseArgs({ options: { projects: { type: 'string', default: '2000' } } });
const count = Number(values.projects);
if (!Number.isInteger(count) || count < 1 || count > 100_000) throw new Error(`--projects 应为 1–100000 的整数：${values.projects}`);

function timed<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: Math.round((performance.now() - start) * 10) / 10, result };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-import-'));
try {
  const table = generateTable({ projects: count });
  const file = path.join(dir, 'table.txt');
  fs.writeFileSync(file, table.text);
  console.log(`生成的表：${count} 个项目、${table.indicators} 个指标，${(Buffer.byteLength(table.text) / 1024 / 1024).toFixed(2)} MB`);

  const parse = timed(() => parseInlineTable(table.text));
  const preview = parse.result;
  const indicators = preview.projects.reduce((n, p) => n + p.indicators.length, 0);

  const cli = timed(() =>
    spawnSync('npm', ['run', '-s', 'import', '--', '--dry-run', '--json', file], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: 120_000,
      env: { ...process.env, DATABASE_URL: path.join(dir, 'cli-unused.db') },
    }),
  );
  if (cli.result.status !== 0) throw new Error(`导入命令失败（${cli.result.status}）：${cli.result.stderr}`);
  const cliProjects = (JSON.parse(cli.result.stdout) as { projects: unknown[] }).projects.length;

  const db = openDb(path.join(dir, 'import.db'));
  migrateDb(db);
  const first = timed(() => importTable(db, null, preview, { year: 2022 }));
  const again = timed(() => importTable(db, null, preview, { year: 2022 }));
  db.$client.close();

  const pdf = await benchPdfPreview(dir);
  const figures = {
    projects: preview.projects.length,
    indicators,
    warnings: preview.warnings.length,
    parseMs: parse.ms,
    cliMs: cli.ms,
    importMs: first.ms,
    reimportMs: again.ms,
    cliProjects,
    imported: first.result.plan.counts,
    reimported: again.result.plan.counts,
    ...pdf,
  };
  console.log(`解析 parseInlineTable     ${figures.parseMs} ms（${figures.projects} 个项目、${indicators} 个指标、${figures.warnings} 条提示）`);
  console.log(`命令 import --dry-run --json ${figures.cliMs} ms（含 npm 与 tsx 启动；输出 ${cliProjects} 个项目）`);
  console.log(`导入到新数据库            ${figures.importMs} ms（新增 ${first.result.plan.counts.newProjects} 个项目、${first.result.plan.counts.newIndicators} 个指标）`);
  console.log(`重新导入（按名称匹配）    ${figures.reimportMs} ms（更新 ${again.result.plan.counts.updatedProjects} 个项目、${again.result.plan.counts.updatedIndicators} 个指标）`);
  console.log(`PDF 预览（导入工作线程）    ${pdf.pdfPreviewMs} ms（${pdf.pdfPages} 页、${pdf.pdfProjects} 个项目、${pdf.pdfIndicators} 个指标；同一进程内读取 ${pdf.pdfReadInProcessMs} ms）`);
  console.log(JSON.stringify(figures));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

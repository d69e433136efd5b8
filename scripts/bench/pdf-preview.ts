/**
 * The 100-page PDF figure of `npm run bench:import`: the seed table's rows repeated until headless Chromium prints
 * about 100 pages (a large department's whole 目标表), then previewed as the server does it — in the import worker —
 * and read in-process for comparison.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { readTable } from '@/lib/target-table/read-table';
import { parseInWorker, warmImportWorker } from '@/server/import/parse-in-worker';
import { seedHtml } from '@/test/fixtures/build/seed-pdf';

const SEED = 'db/seed-data/guangzhou-jinrong-2022.txt';

/** The seed's rows repeated `times` times under its header. */
function repeatedSeed(times: number): string {
  const lines = fs.readFileSync(SEED, 'utf8').split('\n');
  const header = lines.findIndex((line) => line.startsWith('项目名称'));
  return [...lines.slice(0, header + 1), ...Array.from({ length: times }, () => lines.slice(header + 1)).flat()].join('\n');
}

async function printPdf(file: string, times: number): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  await page.setContent(seedHtml(repeatedSeed(times)));
  await page.pdf({ path: file, format: 'A4', landscape: true, margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' } });
  await browser.close();
}

async function timedAsync<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await run();
  return { ms: Math.round(performance.now() - start), result };
}

export async function benchPdfPreview(dir: string) {
  const file = path.join(dir, 'department-100-pages.pdf');
  await printPdf(file, 16);
  const bytes = new Uint8Array(fs.readFileSync(file));
  await warmImportWorker();
  const worker = await timedAsync(() => parseInWorker({ bytes }));
  const inProcess = await timedAsync(() => readTable(bytes));
  const placed = [...worker.result.projects, ...worker.result.warnings].map(({ source }) => (source && 'page' in source ? source.page : 0));
  const pages = Math.max(0, ...placed);
  return {
    pdfPages: pages,
    pdfBytes: bytes.length,
    pdfProjects: worker.result.projects.length,
    pdfIndicators: worker.result.projects.reduce((n, p) => n + p.indicators.length, 0),
    pdfPreviewMs: worker.ms,
    pdfReadInProcessMs: inProcess.ms,
  };
}

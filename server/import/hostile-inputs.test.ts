import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { TableFormatError } from '@/lib/target-table';
import { generateTable } from '@/scripts/generate-table';
import { commaLine, craftedText, farCellXlsx, spacesInsideItem, zipBombXlsx } from '@/test/support/hostile-inputs';
import { parseInWorker, warmImportWorker } from './parse-in-worker';

const CHINESE = /[\u4e00-\u9fff]/;
const HOSTILE: [string, () => Uint8Array, RegExp][] = [
  ['40,000 spaces inside an item', () => spacesInsideItem(40_000), /第 4 行第 7 列的单元格有 80,023 个字符/],
  ['a line of 1 MB of commas', () => commaLine(1024 * 1024), /第 3 行第 1 列的单元格有 1,048,576 个字符/],
  ['40 KB crafted against the old trailing patterns', () => craftedText(40), /第 \d+ 行的第 1 项指标有 2,508 个字符/],
  ['a cell at XFD1048576', () => farCellXlsx('XFD1048576'), /超过 100000 行/],
  ['a cell at column XFD', () => farCellXlsx('XFD1'), /第 16384 列有内容，超过 256 列的上限/],
  ['a zip bomb', () => zipBombXlsx(200), /解压后超过 80 MB/],
  ['a zip bomb lying about its size', () => zipBombXlsx(200, true), /超出其声明的大小/],
];

/**
 * Generous bounds, so that a busy machine running the other test files at once cannot fail them: the quadratic and
 * unbounded readers these replace took 12 s to minutes (or crashed) on the same inputs. `npm run -s bench:dos` measures
 * the real figures against a running server (well under a second each).
 */
const REFUSED_WITHIN_MS = 5000;
const MAIN_THREAD_BLOCKED_AT_MOST_MS = 1000;

async function refusal(bytes: Uint8Array, limits = {}): Promise<{ error: unknown; ms: number }> {
  await warmImportWorker();
  const start = performance.now();
  const error = await parseInWorker({ bytes }, limits).then(() => null, (caught: unknown) => caught);
  return { error, ms: performance.now() - start };
}


/** Starting a worker is not what is measured (each test waits for a warm one first), but on a busy machine it takes a while. */
const TEST_TIMEOUT_MS = 60_000;

describe('hostile files in the import worker', { timeout: TEST_TIMEOUT_MS }, () => {
  it.each(HOSTILE)('refuses %s quickly, in Chinese, naming where', async (_, build, message) => {
    const { error, ms } = await refusal(build());
    expect(error).toBeInstanceOf(TableFormatError);
    expect((error as Error).message).toMatch(CHINESE);
    expect((error as Error).message).toMatch(message);
    expect(ms).toBeLessThan(REFUSED_WITHIN_MS);
  });

  it('reads the XFD1048576 workbook within a 64 MB heap', async () => {
    const { error } = await refusal(farCellXlsx('XFD1048576'), { heapMb: 64 });
    expect((error as Error).message).toMatch(/超过 100000 行/);
  });

  it('stops a parse past its time or memory limit with 文件过大或结构异常', async () => {
    const seed = fs.readFileSync('db/seed-data/guangzhou-jinrong-2022.txt');
    expect(((await refusal(seed, { timeoutMs: 5 })).error as Error).message).toBe('文件过大或结构异常：解析超过 0.005 秒，已停止');
    expect(((await refusal(seed, { heapMb: 4 })).error as Error).message).toBe('文件过大或结构异常：解析所需内存超过 4 MB 的上限');
  });

  it('keeps the calling thread free while a large table is parsed', async () => {
    const table = new TextEncoder().encode(generateTable({ projects: 3000 }).text);
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const preview = await parseInWorker({ bytes: table });
    delay.disable();
    expect(preview.projects.length).toBe(3000);
    expect(delay.max / 1e6).toBeLessThan(MAIN_THREAD_BLOCKED_AT_MOST_MS);
  }, 30_000);
});

describe('hostile and unreadable files on the command line', () => {
  it.each([
    ['far.xlsx', () => farCellXlsx('XFD1'), '超过 256 列的上限'],
    ['表.pdf', () => fs.readFileSync('test/fixtures/bad/scanned.pdf'), '这是扫描件，没有可提取的文字'],
    ['加密.pdf', () => fs.readFileSync('test/fixtures/bad/encrypted.pdf'), 'PDF 文件已加密'],
  ])('%s: exits 2 with the reason on stderr, nothing on stdout and no database', (name, build, message) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-hostile-'));
    const file = path.join(dir, name);
    fs.writeFileSync(file, build());
    const database = path.join(dir, 'import.db');
    const result = spawnSync('node_modules/.bin/tsx', ['scripts/import.ts', file], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: database } });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(fs.existsSync(database)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 30_000);
});

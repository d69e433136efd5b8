/**
 * `npm run -s bench:export`: the 监控表 and the 项目 list (.xlsx) of a department of 350 and of 3,500 projects (6
 * indicators each, 12 months), each export in a fresh process: the time to the end of the streamed body, its size,
 * and the process's RSS before and at its peak. The last line is one JSON object. A script that prints figures, not a test.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCityDatabase, CITY } from './bench/build-city-database';

const SIZES = [350, 3500];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-export-'));
try {
  const file = path.join(dir, 'exports.db');
  const built = buildCityDatabase(file, { ...CITY, departments: 0 }, SIZES);
  const results: Record<string, Record<string, unknown>> = {};
  for (const department of built.sized) {
    for (const kind of ['monitoring', 'projects']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench/export-once.ts', file, department.leader, kind], { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
      const figures = JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, number>;
      results[`${kind}-${department.projects}`] = figures;
      console.log(`${kind === 'monitoring' ? '监控表' : '项目列表'}（${department.projects} 个项目）：${figures.ms} ms，${figures.kb} KB，RSS ${figures.rssBeforeMb} → 峰值 ${figures.rssPeakMb} MB`);
    }
  }
  console.log(`系统负载 ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  console.log(JSON.stringify(results));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

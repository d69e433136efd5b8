/**
 * `npm run -s bench:data`: the data layer alone (no server, no rendering) for departments of 35, 350 and 3,500
 * projects in one file — 总览, 项目 list and a project page as each size's leader sees them, p50/p95 in ms, with
 * the rows SQLite reads for the overview. A script that prints figures, not a test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_SIZES, buildCityDatabase } from './bench/build-city-database';
import { openDataLayer } from './bench/data-layer';
import { figures, sample, timeSync } from './bench/stats';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-data-'));
try {
  const file = path.join(dir, 'sizes.db');
  const started = performance.now();
  const city = buildCityDatabase(file, { departments: 0, projectsPerDepartment: 0, indicatorsPerProject: 6, ownersPerDepartment: 5 }, BENCH_SIZES);
  console.log(`${city.counts.projects} 个项目、${city.counts.entries} 条填报（${Math.round(performance.now() - started)} ms）`);
  const out: Record<string, unknown> = {};
  for (const size of city.sized) {
    const data = openDataLayer(file, size.leader, size.sampleProjectId);
    const runs = { warmup: size.projects > 1000 ? 2 : 10, measured: size.projects > 1000 ? 10 : 40 };
    const row: Record<string, unknown> = {};
    for (const name of ['overview', 'list', 'project'] as const) row[name] = figures(await sample(() => timeSync(data[name]), runs));
    data.close();
    out[size.projects] = row;
    console.log(size.projects, JSON.stringify(row));
  }
  console.log(`系统负载 ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}，堆 ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB，RSS 峰值 ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  console.log(JSON.stringify(out));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

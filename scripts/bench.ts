/**
 * `npm run bench [-- --warmup 30 --measured 100 --port 3400]`: builds a synthetic city-scale database
 * (60 departments × 35 projects × 6 indicators, 12 months of entries and executions), serves the
 * production build on it, signs in as a department leader and times the overview, the project list and
 * a project page (p50/p95 to the end of the body), each beside one raw SQL query computing the same
 * figures on the same file. Last line: `{"overview":{"p50":…,"p95":…,"raw":…},"list":{…},"project":{…}}` (ms).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultAsOf } from '@/lib/monitoring';
import { freePort, signalGroup, startProductionServer, waitUntilServing, type ProductionServer } from '@/scripts/support/production-server';
import { BENCH_PASSWORD, BENCH_YEAR, buildCityDatabase } from './bench/build-city-database';
import { HttpSession } from './bench/http-session';
import { openDataLayer } from './bench/data-layer';
import { openRawQueries } from './bench/raw-queries';
import { figures, percentile, sample, timeSync } from './bench/stats';

const TARGETS = { overviewP95: 150, overviewRatio: 3, projectP95: 50 };

const { values } = parseArgs({
  options: { warmup: { type: 'string', default: '30' }, measured: { type: 'string', default: '100' }, port: { type: 'string', default: '3400' } },
});
const bounded = (raw: string, name: string) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new Error(`--${name} 应为 1–10000 的整数：${raw}`);
  return n;
};
const runs = { warmup: bounded(values.warmup, 'warmup'), measured: bounded(values.measured, 'measured') };

async function portIsFree(port: number): Promise<boolean> {
  const probe = net.createServer();
  return new Promise((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

let server: ProductionServer | null = null;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-'));
async function cleanUp() {
  if (server) await signalGroup(server, 'SIGTERM');
  if (server && !server.exited()) await signalGroup(server, 'SIGKILL');
  server = null;
  fs.rmSync(dir, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

async function main() {
  const file = path.join(dir, 'city.db');
  let started = performance.now();
  const city = buildCityDatabase(file);
  const c = city.counts;
  console.log(`城市规模数据库：${c.departments} 个部门、${c.projects} 个项目、${c.indicators} 个指标、${c.entries} 条填报、${c.executions} 条执行数（${Math.round(performance.now() - started)} ms）`);

  const preferred = Number(values.port);
  const port = (await portIsFree(preferred)) ? preferred : await freePort();
  process.env.DEMO_ACTIVITY = '0';
  started = performance.now();
  server = startProductionServer({ database: file, port, authSecret: randomBytes(32).toString('base64') });
  await waitUntilServing(server, 15 * 60_000);
  console.log(`生产服务已就绪：${server.url}（${Math.round((performance.now() - started) / 1000)} s，含构建）`);

  const session = new HttpSession(server.url);
  await session.signIn(city.leaders[0]!, BENCH_PASSWORD);
  const asOf = defaultAsOf(BENCH_YEAR, new Date()); // what the pages show without ?asOf=
  const pages = { overview: '/', list: '/projects', project: `/projects/${city.sampleProjectId}` } as const;
  const raw = openRawQueries(file, { budgetYearId: city.sampleBudgetYearId, projectId: city.sampleProjectId, asOf });
  const data = openDataLayer(file, city.leaders[0]!, city.sampleProjectId);
  const result = {} as Record<keyof typeof pages, { p50: number; p95: number; raw: number }>;
  const extra = {} as Record<keyof typeof pages, { rawP95: number; data: number }>;
  const ms = (samples: number[], p: number) => Math.round(percentile(samples, p) * 100) / 100;
  try {
    for (const name of Object.keys(pages) as (keyof typeof pages)[]) {
      const served = figures(await sample(() => session.timedGet(pages[name]), runs));
      const rawTimes = await sample(() => timeSync(raw[name]), runs);
      const dataTimes = await sample(() => timeSync(data[name]), runs);
      result[name] = { ...served, raw: ms(rawTimes, 50) };
      extra[name] = { rawP95: ms(rawTimes, 95), data: ms(dataTimes, 50) };
    }
  } finally {
    raw.close();
    data.close();
  }

  const load = os.loadavg().map((n) => n.toFixed(2)).join(' ');
  console.log(`\n${runs.warmup} 次预热后各 ${runs.measured} 次顺序请求（${city.leaders[0]}，截至 ${asOf}；系统负载 ${load}，${os.cpus().length} 核），毫秒：`);
  console.log('（服务 = 顺序 GET 到响应体结束；SQL = 一条手写 SQL 算同样的数；数据层 = 应用在进程内取数并计算灯号，不含渲染）');
  console.log(['页面', '服务 p50', '服务 p95', 'SQL p50', 'SQL p95', '数据层 p50', 'p95/SQL'].map((h) => h.padEnd(10)).join(''));
  for (const [name, f] of Object.entries(result) as [keyof typeof pages, (typeof result)[keyof typeof pages]][]) {
    const row = [pages[name], f.p50, f.p95, f.raw, extra[name].rawP95, extra[name].data, `${(f.p95 / f.raw).toFixed(1)}×`];
    console.log(row.map((cell) => String(cell).padEnd(12)).join(''));
  }
  const checks = [
    [`总览 p95 ≤ ${TARGETS.overviewP95} ms`, result.overview.p95 <= TARGETS.overviewP95],
    [`总览 p95 ≤ ${TARGETS.overviewRatio}× SQL`, result.overview.p95 <= TARGETS.overviewRatio * result.overview.raw],
    [`项目页 p95 ≤ ${TARGETS.projectP95} ms`, result.project.p95 <= TARGETS.projectP95],
  ] as const;
  for (const [label, ok] of checks) console.log(`${ok ? '达标' : '未达标'}：${label}`);
  console.log(JSON.stringify(result));
}

main()
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    if (server) console.error(server.log().slice(-4000));
    process.exitCode = 1;
  })
  .finally(cleanUp);

/**
 * One export in a process of its own, so that its peak RSS is the export's: `tsx scripts/bench/export-once.ts <file>
 * <leader> monitoring|projects`. Reads the streamed body to its end (as a client would) and prints one JSON line:
 * ms to the end of the body, KB, the RSS before it began and the peak (VmHWM), in MB.
 */
import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { openDb } from '@/db/client';
import { users } from '@/db/schema';
import { defaultAsOf } from '@/lib/monitoring';
import { parseListParams } from '@/lib/project-list/params';
import { actorOfUser } from '@/server/auth/actor-of-user';
import { buildMonitoringWorkbook } from '@/server/exports/monitoring-workbook';
import { exportProjectList } from '@/server/exports/project-list-export';
import { BENCH_YEAR } from './build-city-database';

const peakMb = () => Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))![1]) / 1024);
const [file, username, kind] = process.argv.slice(2);
const db = openDb(file!);
const user = db.select().from(users).where(eq(users.username, username!)).get();
if (!user) throw new Error(`没有用户 ${username}`);
const actor = actorOfUser(user);
const asOf = defaultAsOf(BENCH_YEAR, new Date());
const before = Math.round(process.memoryUsage().rss / 1024 / 1024);
const start = performance.now();
const exported =
  kind === 'monitoring'
    ? await buildMonitoringWorkbook(db, actor, { year: BENCH_YEAR, asOf, departmentId: null, projectId: null })
    : await exportProjectList(db, actor, { scope: { year: BENCH_YEAR, asOf, departmentId: null }, list: parseListParams({}), format: 'xlsx' });
let bytes = 0;
const reader = new Response(exported.body).body!.getReader();
for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.byteLength;
const ms = Math.round(performance.now() - start);
console.log(JSON.stringify({ ms, kb: Math.round(bytes / 1024), rssBeforeMb: before, rssPeakMb: peakMb() }));

/**
 * `npm run -s bench:sizes`: the demo environment with a year of entries on the production build; prints the bytes of
 * the HTML of 总览, 项目, a project page (as the leader, who reads, and as its owner, who writes) and the sign-in
 * page, and the time of each (median of 10). A script that prints figures, not a test.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareDatabase } from '@/server/setup/prepare-database';
import { freePort, signalGroup, startProductionServer, waitUntilServing } from '@/scripts/support/production-server';
import { HttpSession } from './bench/http-session';
import { percentile } from './bench/stats';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-sizes-'));
const file = path.join(dir, 'demo.db');
const { db } = prepareDatabase(file, { demoActivity: true });
const project = db.$client.prepare('select p.id from projects p join project_owners o on o.project_id = p.id join users u on u.id = o.user_id where u.username = ? order by p.seq limit 1').get('owner') as { id: number };
db.$client.close();
const server = startProductionServer({ database: file, port: Number(process.env.PORT) || (await freePort()), authSecret: randomBytes(32).toString('base64') });
try {
  await waitUntilServing(server, 15 * 60_000);
  const row = async (who: string, page: string) => {
    const session = new HttpSession(server.url);
    if (who !== '—') await session.signIn(who, 'demo1234');
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 12; i += 1) {
      const start = performance.now();
      const response = await session.request(page);
      bytes = (await response.arrayBuffer()).byteLength;
      if (i >= 2) times.push(performance.now() - start);
    }
    return { who, page, kb: Math.round(bytes / 102.4) / 10, ms: Math.round(percentile(times, 50)) };
  };
  const rows = [
    await row('—', '/login'),
    await row('leader', '/account'),
    await row('leader', '/'),
    await row('leader', '/projects'),
    await row('leader', `/projects/${project.id}`),
    await row('owner', `/projects/${project.id}`),
  ];
  console.table(rows);
  console.log(`系统负载 ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  console.log(JSON.stringify(rows));
} finally {
  await signalGroup(server, 'SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
}

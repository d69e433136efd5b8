import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'components', 'lib', 'server', 'db', 'proxy.ts', 'package.json', 'next.config.js', 'postcss.config.mjs', 'tsconfig.json'];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

/**
 * Runs `next build` when there is no build or a source file changed since the sources the build was made from (their
 * newest time is noted beside the build, so a file saved while a build runs still makes the next start rebuild).
 */
export function buildIfStale(env: NodeJS.ProcessEnv): void {
  const dist = env.NEXT_DIST_DIR || '.next';
  const note = path.join(dist, 'jixiao-sources-mtime');
  const builtFrom = fs.existsSync(path.join(dist, 'BUILD_ID')) && fs.existsSync(note) ? Number(fs.readFileSync(note, 'utf8')) : 0;
  const changedAt = Math.max(...SOURCES.map(newestMtime));
  if (builtFrom >= changedAt) return;
  console.log(builtFrom ? '源代码有更新，重新构建…' : '首次启动，构建生产版本…');
  const result = spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(note, String(changedAt));
}

/**
 * Calling a server action over HTTP exactly as a browser does (a forged request needs nothing more): the build's id
 * of the action and React's own reply encoding of its arguments. For the authorization matrix and the benchmarks.
 */
import fs from 'node:fs';
import path from 'node:path';
// React's own reply encoder, as the browser uses it to call a server action.
import { encodeReply } from 'next/dist/compiled/react-server-dom-turbopack/client.node.js';

interface ManifestEntry {
  filename: string;
  exportedName: string;
}

/** The build's id of a server action, from `file#name` (as the authorization matrix lists them). */
export function actionId(key: string): string {
  const [file, name] = key.split('#');
  const manifest = path.join(process.env.NEXT_DIST_DIR || '.next', 'server', 'server-reference-manifest.json');
  const actions = JSON.parse(fs.readFileSync(manifest, 'utf8')).node as Record<string, ManifestEntry>;
  const found = Object.entries(actions).find(([, entry]) => entry.filename === file && entry.exportedName === name);
  if (!found) throw new Error(`server action ${key} is not in the build`);
  return found[0];
}

export function formData(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

/** The headers and body of a POST that invokes the action `key` with `args`. */
export async function actionRequest(key: string, args: unknown[]): Promise<{ headers: Record<string, string>; body: string | FormData }> {
  const body = (await encodeReply(args)) as string | FormData;
  const headers: Record<string, string> = { 'Next-Action': actionId(key), Accept: 'text/x-component' };
  if (typeof body === 'string') headers['Content-Type'] = 'text/plain;charset=UTF-8';
  return { headers, body };
}

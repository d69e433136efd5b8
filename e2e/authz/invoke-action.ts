import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, APIResponse } from '@playwright/test';
// React's own reply encoder, as the browser uses it to call a server action.
import { encodeReply } from 'next/dist/compiled/react-server-dom-turbopack/client.node.js';

interface ManifestEntry {
  filename: string;
  exportedName: string;
}

/** The build's id of a server action, from `file#name` (as discoverServerActions lists them). */
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

/** Calls a server action over HTTP exactly as a browser would (a forged request needs nothing more). */
export async function invokeAction(request: APIRequestContext, pagePath: string, key: string, args: unknown[]): Promise<APIResponse> {
  const body = await encodeReply(args);
  const headers = { 'Next-Action': actionId(key), Accept: 'text/x-component' };
  if (typeof body === 'string') return request.post(pagePath, { headers: { ...headers, 'Content-Type': 'text/plain;charset=UTF-8' }, data: body, maxRedirects: 0 });
  // The FormData itself keeps the entries in order (an object would move the numeric root key "0" first).
  return request.post(pagePath, { headers, multipart: body as FormData, maxRedirects: 0 });
}

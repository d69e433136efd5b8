import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** AUTH_SECRET from the environment, else one generated once and kept beside the database. */
export function ensureAuthSecret(dataDir: string): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataDir, 'auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

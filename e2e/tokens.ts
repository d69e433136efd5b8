/** API tokens for e2e specs, made with the token command against the e2e server's database. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect } from '@playwright/test';
import { E2E_DATABASE } from './test-env';

export function tokenCli(...args: string[]): { stdout: string; stderr: string } {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/token.ts', ...args], {
    env: { ...process.env, DATABASE_URL: path.resolve(E2E_DATABASE) },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`token ${args.join(' ')} failed: ${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr };
}

/** A new token of `username`: the command prints only the secret, its number on stderr. */
export function createToken(username: string): { id: number; secret: string } {
  const { stdout, stderr } = tokenCli('create', username);
  expect(stdout).toMatch(/^jx_\S+\n$/);
  return { id: Number(/#(\d+)/.exec(stderr)![1]), secret: stdout.trim() };
}

export const bearer = (secret: string) => ({ Authorization: `Bearer ${secret}` });

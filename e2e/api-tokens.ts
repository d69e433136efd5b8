import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect } from '@playwright/test';
import { E2E_DATABASE } from './test-env';

/** The token command against the end-to-end database. */
export function tokenCli(...args: string[]): { stdout: string; stderr: string } {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/token.ts', ...args], {
    env: { ...process.env, DATABASE_URL: path.resolve(E2E_DATABASE) },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`token ${args.join(' ')} failed: ${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr };
}

/** A new API token of `username`: its number and its secret (printed once). */
export function createToken(username: string): { id: number; secret: string } {
  const { stdout, stderr } = tokenCli('create', username);
  expect(stdout).toMatch(/^jx_\S+\n$/);
  return { id: Number(/#(\d+)/.exec(stderr)![1]), secret: stdout.trim() };
}

export const bearer = (secret: string) => ({ Authorization: `Bearer ${secret}` });

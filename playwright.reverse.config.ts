/**
 * The end-to-end suite with its spec files in reverse order, to check that no spec leans on one that runs before it:
 * `npx playwright test -c playwright.reverse.config.ts`. Playwright sorts the files of a project itself (the order
 * given on the command line is ignored), so each file here is a project that depends on the one before it; a failing
 * spec skips the ones after it.
 */
import fs from 'node:fs';
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

const files = fs
  .readdirSync('e2e')
  .filter((f) => f.endsWith('.spec.ts'))
  .sort()
  .reverse();
const setup = base.projects!.find((p) => p.name === 'setup')!;
const chromium = base.projects!.find((p) => p.name === 'chromium')!;
const escaped = (file: string) => file.replace(/\./g, '\\.');

export default defineConfig({
  ...base,
  projects: [
    setup,
    ...files.map((file, i) => ({ ...chromium, name: file, testMatch: new RegExp(`/${escaped(file)}$`), dependencies: [i === 0 ? 'setup' : files[i - 1]] })),
  ],
});

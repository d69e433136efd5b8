import { configDefaults, defineConfig, type ViteUserConfig } from 'vitest/config';

/**
 * Process-level tests: they build and start the production server, or run the command-line tools as child processes
 * (seconds each). `npm run test:slow` runs them; `npm test` runs them once, after the end-to-end tests have built.
 */
export const SLOW_TESTS = ['scripts/crash-safety.test.ts', 'scripts/backup-restore.test.ts', 'scripts/import.test.ts', 'scripts/accounts-cli.test.ts'];

export const base = {
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    include: ['lib/**/*.test.ts', 'server/**/*.test.ts', 'db/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...SLOW_TESTS],
    environment: 'node',
    // Integration tests run real SQLite files, worker threads and child processes: a busy machine must not fail them.
    testTimeout: 30_000,
  },
} satisfies ViteUserConfig;

export default defineConfig(base);

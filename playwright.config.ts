import { defineConfig, devices } from '@playwright/test';

import { E2E_DATA_DIR as DATA_DIR, E2E_DATABASE as DB, E2E_PORT as PORT } from './e2e/test-env';

export default defineConfig({
  testDir: './e2e',
  outputDir: `test-results/playwright-${PORT}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 768 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 768 } }, dependencies: ['setup'] },
  ],
  webServer: {
    command: `rm -rf ${DATA_DIR} && node_modules/.bin/tsx scripts/start.ts`,
    url: `http://127.0.0.1:${PORT}/login`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      DATABASE_URL: DB,
      // Tests start from the seed table without demo entries, so every figure they check is their own.
      DEMO_ACTIVITY: '0',
      PORT: String(PORT),
      AUTH_SECRET: 'e2e-secret-not-for-production-0123456789abcdef',
    },
  },
});

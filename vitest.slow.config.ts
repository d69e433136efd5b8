import { configDefaults, defineConfig } from 'vitest/config';
import { SLOW_TESTS, base } from './vitest.config.js';

/** `npm run test:slow`: only the process-level tests (see SLOW_TESTS), one file at a time. */
export default defineConfig({
  ...base,
  test: { ...base.test, include: SLOW_TESTS, exclude: configDefaults.exclude, fileParallelism: false },
});

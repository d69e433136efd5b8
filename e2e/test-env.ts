/** Where the end-to-end server listens and keeps its fresh database; E2E_PORT lets runs go in parallel. */
export const E2E_PORT = Number(process.env.E2E_PORT || 3100);
export const E2E_DATA_DIR = `test-results/e2e-data-${E2E_PORT}`;
export const E2E_DATABASE = `${E2E_DATA_DIR}/jixiao.db`;

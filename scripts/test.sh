#!/usr/bin/env bash
# `npm test`: unit tests, end-to-end tests in Debian's Chromium against a fresh database, then the process-level
# tests (`npm run test:slow`), which reuse the production build the end-to-end run made.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1

if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "未找到 /usr/bin/chromium：正在用 apt-get 安装 Debian 的 chromium 软件包…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

node_modules/.bin/tsc --noEmit -p .
node_modules/.bin/vitest run
node_modules/.bin/playwright test "$@"
node_modules/.bin/vitest run --config vitest.slow.config.ts

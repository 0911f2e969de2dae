#!/usr/bin/env bash
# Everything a fresh machine needs before the project runs: the pinned pnpm, the locked dependencies, a build.
set -euo pipefail
cd "$(dirname "$0")/.."
want=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$want" ]; then
  echo "Installing pnpm $want …" >&2
  # corepack's signature check fails against this machine's registry, so install the pinned pnpm with npm.
  npm install --global --no-fund --no-audit "pnpm@$want" >&2
fi
pnpm install --frozen-lockfile --reporter=append-only >&2
pnpm exec turbo run build --output-logs=errors-only >&2

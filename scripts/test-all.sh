#!/usr/bin/env bash
# Every test: set up, then each package's tests and tests/ (turbo), then the extension in a real VS Code.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-packages.sh
bash scripts/setup.sh
pnpm exec turbo run typecheck test
# code-server is cached outside the repository (~/.cache/rus-survey-e2e), so only the first run installs it.
pnpm --filter rus-survey-vscode test:e2e

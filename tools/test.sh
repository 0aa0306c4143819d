#!/usr/bin/env bash
# Run every test, installing first what the tests need: the package with its test extras
# into the project's virtual environment (.venv), Debian's chromium for the browser tests,
# and axe-core for accessibility checks.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/venv.sh

install_package ".[test]"
if ! command -v chromium >/dev/null 2>&1; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ ! -f .cache/npm/node_modules/axe-core/axe.min.js ]; then
  npm install --silent --no-audit --no-fund --prefix .cache/npm axe-core@4 >/dev/null
fi
python -m pytest "$@"

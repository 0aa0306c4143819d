#!/usr/bin/env bash
# Build the site from seeds/ and serve it on http://127.0.0.1:8000, rebuilding when a seed changes.
# Installs the package into the project's virtual environment (.venv) first.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/venv.sh
install_package .
exec python -m mkdocs serve "$@"

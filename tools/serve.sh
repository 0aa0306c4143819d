#!/usr/bin/env bash
# Build the site from seeds/ and serve it on http://127.0.0.1:8000, rebuilding when a seed changes.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check -e .
exec python3 -m mkdocs serve "$@"

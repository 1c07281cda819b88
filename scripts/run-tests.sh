#!/usr/bin/env bash
# The whole test suite, as CI runs it, on a fresh Debian/Ubuntu machine or a laptop:
# installs the Debian libraries Qt needs offscreen, creates .venv with every Python
# package, then runs ruff, mypy and pytest headless, and the site client's contract
# suite against a real WordPress on loopback (when root with apt; otherwise it says it
# skipped it). Extra arguments go to pytest (and skip the real-WordPress part).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-system-deps.sh --offscreen
python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'

export QT_QPA_PLATFORM=offscreen
echo "== ruff"
.venv/bin/ruff check .
echo "== mypy"
.venv/bin/mypy
echo "== pytest (demo site as the WordPress peer)"
.venv/bin/python -m pytest -q "$@"
if [ $# -eq 0 ]; then
  bash scripts/run-wordpress-contract.sh
fi

#!/usr/bin/env bash
# Installs Newsdesk into .venv (and, as root on Debian/Ubuntu, the libraries Qt needs
# for a window) and starts it. Arguments go to the app: e.g. --demo, --data-dir DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-system-deps.sh --window
python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e .
exec .venv/bin/python main.py "$@"

#!/usr/bin/env bash
# Screenshot of the running app on a virtual X screen (Xvfb), for the README and for
# checking how screens look with Vietnamese text.
#   bash scripts/screenshot.sh OUT.png [app arguments…]     e.g. --language vi --demo
# Needs Debian's xvfb, imagemagick and the window libraries (scripts/install-system-deps.sh --window).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1; shift
display=:${SCREENSHOT_DISPLAY:-97}
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$app_pid" 2>/dev/null || true; kill "$xvfb_pid" 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display QT_QPA_PLATFORM=xcb .venv/bin/python main.py "$@" &
app_pid=$!
sleep "${SCREENSHOT_WAIT:-4}"
DISPLAY=$display import -window root "$out"
echo "saved $out"

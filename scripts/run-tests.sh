#!/usr/bin/env bash
# The whole test suite, as CI runs it, on a fresh Debian/Ubuntu machine or a laptop:
# installs the Debian libraries Qt needs offscreen, creates .venv with every Python
# package, then runs ruff, mypy and pytest headless, and the site client's contract
# suite against a real WordPress on loopback (when root with apt; otherwise it says it
# skipped it). Extra arguments go to pytest (and skip the real-WordPress part).
#
# Every part runs even when an earlier one failed, so one failure never hides
# another; the end lists each part's outcome, and the exit status is non-zero
# when any part failed.
set -uo pipefail
cd "$(dirname "$0")/.."

# Setting up is not a test: when it fails, nothing after it can mean anything.
bash scripts/install-system-deps.sh --offscreen || exit
python3 -m venv .venv || exit
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]' || exit

export QT_QPA_PLATFORM=offscreen
summaries=()
failed=0

# run_part NAME COMMAND...: run one part, keep its last line and its outcome.
run_part() {
  local name=$1 log status last
  shift
  echo "== $name"
  log=$(mktemp)
  "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  last=$(grep -v '^[[:space:]]*$' "$log" | tail -n 1)
  rm -f "$log"
  if [ "$status" -eq 0 ]; then
    summaries+=("ok      $name: $last")
  else
    summaries+=("FAILED  $name (exit $status): $last")
    failed=1
  fi
}

run_part "ruff" .venv/bin/ruff check .
run_part "mypy" .venv/bin/mypy
run_part "pytest (demo site as the WordPress peer)" .venv/bin/python -m pytest -q "$@"
if [ $# -eq 0 ]; then
  run_part "contract suite against a real WordPress" bash scripts/run-wordpress-contract.sh
fi

echo
echo "== summary"
printf '%s\n' "${summaries[@]}"
exit "$failed"

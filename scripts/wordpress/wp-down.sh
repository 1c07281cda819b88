#!/usr/bin/env bash
# Stops the WordPress that wp-up.sh started and removes what it made:
#
#   bash scripts/wordpress/wp-down.sh [--state-dir DIR]   (default /tmp/newsdesk-wp)
#
# Stops PHP's server and MariaDB by the pids wp-up.sh recorded in the state folder (SIGTERM,
# up to 30 s for MariaDB to shut down cleanly, then SIGKILL), and only when the pid still runs
# a command line of ours, so a reused pid is never touched. Then removes the state folder (only
# one with wp-up.sh's marker in it) and the config file wp-up.sh wrote in /etc/wordpress (only
# one that carries wp-up.sh's marker). The Debian packages stay installed.
# Safe to run when nothing is up. Exit codes: 0 done; 1 something could not be stopped or removed.
set -uo pipefail

state=/tmp/newsdesk-wp
while [ $# -gt 0 ]; do
  case "$1" in
    --state-dir) [ $# -ge 2 ] || { echo "wp-down: --state-dir needs a folder" >&2; exit 2; }; state=$2; shift 2 ;;
    --state-dir=*) state=${1#*=}; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "wp-down: unknown argument: $1" >&2; exit 2 ;;
  esac
done
case "$state" in /*) ;; *) state="$PWD/$state" ;; esac
state=${state%/}

say() { echo "wp-down: $*" >&2; }

if [ ! -e "$state" ]; then
  say "nothing to stop: no $state"
  exit 0
fi
if [ ! -f "$state/.newsdesk-wp" ]; then
  say "$state was not made by wp-up.sh; leaving it alone"
  exit 1
fi

status=0

# stop NAME PIDFILE NEEDLE SECONDS: TERM the pid (and the process group it leads: PHP's
# server forks workers), wait up to SECONDS, then KILL.
stop() {
  local name=$1 file=$2 needle=$3 seconds=$4 pid i cmd
  [ -f "$file" ] || return 0
  pid=$(cat "$file" 2>/dev/null)
  if ! [[ "$pid" =~ ^[0-9]+$ ]] || ! kill -0 "$pid" 2>/dev/null; then
    say "$name (pid ${pid:-?}) is not running"
    return 0
  fi
  cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)
  if [[ "$cmd" != *"$needle"* ]]; then
    say "pid $pid is no longer $name; leaving it alone"
    return 0
  fi
  say "stopping $name (pid $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
  for ((i = 0; i < seconds * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    say "$name (pid $pid) did not stop within $seconds s: SIGKILL"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null
    sleep 0.5
  fi
  # Workers left in the group (PHP's server)?
  kill -KILL -- "-$pid" 2>/dev/null
  if kill -0 "$pid" 2>/dev/null; then
    say "could not stop $name (pid $pid)"
    status=1
  fi
}

stop "PHP's server" "$state/php.pid" "$state/router.php" 10
stop "MariaDB" "$state/mariadb.pid" "--datadir=$state/mysql/data" 30

config_file=$(cat "$state/config-file" 2>/dev/null)
if [ -n "$config_file" ] && [ -f "$config_file" ]; then
  if grep -q "NEWSDESK-WP-UP: written by scripts/wordpress/wp-up.sh for $state;" "$config_file"; then
    rm -f "$config_file" && say "removed $config_file" || status=1
  else
    say "$config_file is not the one wp-up.sh wrote for $state; leaving it"
  fi
fi

if [ "$status" = 0 ]; then
  rm -rf -- "$state" && say "removed $state" || status=1
else
  say "left $state in place (something still runs)"
fi
exit "$status"

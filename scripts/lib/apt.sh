# shellcheck shell=bash
# apt_get ARGS...: apt-get that waits for another package manager instead of failing.
#
# When another apt-get, dpkg or unattended-upgrades holds a lock, plain apt-get stops
# at once with exit 100 ("Could not get lock ..."). DPkg::Lock::Timeout makes it wait
# for dpkg's lock, but not for the package lists' or the download cache's locks (apt
# 2.6 still fails on those at once), so those are retried here until the same
# deadline. Any other failure is returned as it is. APT_LOCK_WAIT_S (default 300)
# sets the patience. Source this file; it defines nothing else.

apt_get() {
  local wait_s=${APT_LOCK_WAIT_S:-300} errors status told=0
  local deadline=$((SECONDS + wait_s))
  errors=$(mktemp)
  while :; do
    # (the '|| status' keeps a caller's set -e from ending the script on the first try)
    status=0
    apt-get -o "DPkg::Lock::Timeout=$wait_s" "$@" 2>"$errors" || status=$?
    if [ "$status" -ne 0 ] && [ "$SECONDS" -lt "$deadline" ] &&
      grep -qE 'Could not get lock|Unable to lock|Unable to acquire the dpkg frontend lock' "$errors"; then
      if [ "$told" = 0 ]; then
        echo "Another package manager is running; waiting up to ${wait_s} s for it to finish…" >&2
        told=1
      fi
      sleep 3
      continue
    fi
    cat "$errors" >&2
    rm -f "$errors"
    return "$status"
  done
}

#!/usr/bin/env bash
# Brings a real WordPress up on 127.0.0.1 from Debian's packages, for CI and developers:
#   Debian 12's wordpress (6.1), PHP 8.2's built-in server, and a throw-away MariaDB with its own
#   data folder and socket (no TCP), all under the state folder. See README.md beside this file.
#
#   bash scripts/wordpress/wp-up.sh [--port N] [--state-dir DIR]
#     --port N         the site's port on 127.0.0.1 (default 8089)
#     --state-dir DIR  where the database, uploads, logs, pids and env live (default /tmp/newsdesk-wp)
#
# Prints the env lines (also in STATE_DIR/env) on stdout, progress on stderr:
#   NEWSDESK_WP_URL, NEWSDESK_WP_USER, NEWSDESK_WP_APP_PASSWORD,
#   NEWSDESK_WP_SUBSCRIBER_USER, NEWSDESK_WP_SUBSCRIBER_APP_PASSWORD
# Idempotent: when the site is already up it only prints them again; when the processes died
# (a reboot) it starts them again on the same data.
# Exit codes: 0 up; 1 failed (see the logs in STATE_DIR); 2 bad use or a conflict;
#   3 this machine cannot run it (needs root and apt-get on Debian), nothing was started.
# Stop with wp-down.sh, which stops what this started, by pid, and removes the state folder.
set -euo pipefail
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../lib/apt.sh
. "$here/../lib/apt.sh"  # apt_get: waits for another package manager's locks
port=8089
state=/tmp/newsdesk-wp

usage() { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --port) [ $# -ge 2 ] || { usage >&2; exit 2; }; port=$2; shift 2 ;;
    --port=*) port=${1#*=}; shift ;;
    --state-dir) [ $# -ge 2 ] || { usage >&2; exit 2; }; state=$2; shift 2 ;;
    --state-dir=*) state=${1#*=}; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "wp-up: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
if ! [[ "$port" =~ ^[0-9]+$ ]] || [ "$port" -lt 1 ] || [ "$port" -gt 65535 ]; then
  echo "wp-up: --port must be a number from 1 to 65535, not '$port'" >&2; exit 2
fi
case "$state" in /*) ;; *) state="$PWD/$state" ;; esac
state=${state%/}
[ -n "$state" ] && [ "$state" != "/" ] || { echo "wp-up: refusing state dir '/'" >&2; exit 2; }

say() { echo "wp-up: $*" >&2; }
die() { echo "wp-up: $1" >&2; exit "${2:-1}"; }
cannot() {
  echo "wp-up: the real-WordPress part needs root and apt-get on Debian ($1); nothing was started" >&2
  exit 3
}

url="http://127.0.0.1:$port"
# Debian's wp-config.php loads /etc/wordpress/config-$WORDPRESS_CONFIG.php; one name per state
# folder and port, so two instances (or a developer's own config-127.0.0.1.php) never clash.
config_name="newsdesk-$port-$(printf '%s' "$state" | md5sum | cut -c1-8)"
config_file="/etc/wordpress/config-$config_name.php"
mysql_dir="$state/mysql"
datadir="$mysql_dir/data"
socket="$mysql_dir/mysqld.sock"
content_dir="$state/wp-content"
wp_root=/usr/share/wordpress
me=$(id -un)
is_root=0; [ "$(id -u)" = 0 ] && is_root=1

# ---------------------------------------------------------------- packages
packages=(wordpress php-cli php-mysql mariadb-server curl)
missing=()
for p in "${packages[@]}"; do
  [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" = installed ] || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$is_root" = 1 ] && command -v apt-get >/dev/null || cannot "missing: ${missing[*]}"
  say "installing ${missing[*]} (apt-get, about 30 s)"
  # Debian's packages would start Apache on *:80 and the system MariaDB where an init system runs
  # them; keep them from starting while we install, unless the machine already has a policy.
  own_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\n# written by newsdesk wp-up.sh for the length of apt-get install\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    own_policy=1
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt_install() {
    DEBIAN_FRONTEND=noninteractive apt_get install -y -q --no-install-recommends "${missing[@]}" >"/tmp/newsdesk-wp-apt.log" 2>&1
  }
  if ! ls /var/lib/apt/lists/*_Packages >/dev/null 2>&1; then
    apt_get update -q >/dev/null 2>&1 || true
  fi
  if ! apt_install; then
    say "apt-get install failed; running apt-get update and trying again"
    apt_get update -q >/dev/null 2>&1 || true
    apt_install || { tail -n 20 /tmp/newsdesk-wp-apt.log >&2; die "apt-get install ${missing[*]} failed"; }
  fi
  rm -f /tmp/newsdesk-wp-apt.log
  if [ "$own_policy" = 1 ]; then rm -f /usr/sbin/policy-rc.d; trap - EXIT; fi
fi
[ -f "$wp_root/wp-load.php" ] && [ -f "$wp_root/wp-config.php" ] || die "no WordPress in $wp_root"
for tool in php mariadbd mariadb-install-db mariadb mariadb-admin curl; do
  command -v "$tool" >/dev/null || cannot "no $tool"
done
[ -w /etc/wordpress ] || cannot "cannot write /etc/wordpress"

# ---------------------------------------------------------------- helpers
# pid_alive FILE NEEDLE: the pid in FILE runs and its command line contains NEEDLE
# (so a pid reused by another program is never taken for ours).
pid_alive() {
  local pid cmd
  [ -f "$1" ] || return 1
  pid=$(cat "$1" 2>/dev/null) || return 1
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  [[ "$cmd" == *"$2"* ]]
}
mariadb_alive() { pid_alive "$state/mariadb.pid" "--datadir=$datadir"; }
# started_alive PID: a process this script has just started still runs. Its command line cannot
# be checked yet: until the fork has exec'd, /proc/PID/cmdline is still this script's own.
started_alive() { kill -0 "$1" 2>/dev/null; }
php_alive() { pid_alive "$state/php.pid" "$state/router.php"; }
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
env_value() { sed -n "s/^$1=//p" "$state/env" 2>/dev/null | head -n 1; }
site_ok() {
  local user pass
  [ -f "$state/env" ] || return 1
  user=$(env_value NEWSDESK_WP_USER); pass=$(env_value NEWSDESK_WP_APP_PASSWORD)
  [ -n "$user" ] && [ -n "$pass" ] || return 1
  curl -fsS -o /dev/null --max-time 20 -u "$user:$pass" "$url/wp-json/wp/v2/users/me" 2>/dev/null
}
random_alnum() { php -r 'echo substr(preg_replace("/[^A-Za-z0-9]/", "", base64_encode(random_bytes(96))), 0, (int) $argv[1]);' "$1"; }
sql() { mariadb --no-defaults --socket="$socket" -u "$me"; }
show_log() { [ -f "$1" ] && { echo "---- last lines of $1" >&2; tail -n 20 "$1" >&2; }; return 0; }

# ---------------------------------------------------------------- state folder
if [ -e "$state" ] && [ ! -f "$state/.newsdesk-wp" ]; then
  if [ -d "$state" ] && [ -z "$(ls -A "$state")" ]; then :; else
    die "$state exists and was not made by wp-up.sh; choose another --state-dir" 2
  fi
fi
if [ -f "$state/port" ] && [ "$(cat "$state/port")" != "$port" ]; then
  old=$(cat "$state/port")
  if mariadb_alive || php_alive; then
    die "a WordPress from $state runs on port $old; run wp-down.sh --state-dir $state first, or use another --state-dir" 2
  fi
  say "$state was made for port $old and nothing runs: starting afresh"
  bash "$here/wp-down.sh" --state-dir "$state" >&2
fi

# Already up: only print the env again.
if mariadb_alive && php_alive && site_ok; then
  say "already up at $url (state in $state)"
  cat "$state/env"
  exit 0
fi
if ! php_alive && port_taken "$port"; then
  die "127.0.0.1:$port is taken by another program; choose another --port" 2
fi

mkdir -p "$state"
chmod 755 "$state"
echo "made by newsdesk scripts/wordpress/wp-up.sh; remove with wp-down.sh" >"$state/.newsdesk-wp"
echo "$port" >"$state/port"
echo "$config_file" >"$state/config-file"
trap 'say "failed at line $LINENO; logs are in $state (stop with: bash $here/wp-down.sh --state-dir $state)"' ERR

# ---------------------------------------------------------------- MariaDB
if mariadb_alive; then
  say "MariaDB already runs (pid $(cat "$state/mariadb.pid"))"
else
  [ ${#socket} -lt 100 ] || die "socket path too long for Unix sockets: $socket; use a shorter --state-dir" 2
  mysqld_user=()
  if [ "$is_root" = 1 ]; then mysqld_user=(--user=mysql); fi
  if [ ! -d "$datadir/mysql" ]; then
    say "creating a throw-away MariaDB data folder in $datadir"
    rm -rf "$mysql_dir"
    mkdir -p "$datadir"
    if [ "$is_root" = 1 ]; then
      chown -R mysql:mysql "$mysql_dir"
      runuser -u mysql -- test -w "$mysql_dir" || die "the mysql user cannot write $mysql_dir (a parent folder is closed?); use another --state-dir" 2
    fi
    mariadb-install-db --no-defaults "${mysqld_user[@]}" --datadir="$datadir" \
      --auth-root-authentication-method=socket --skip-test-db >"$mysql_dir/install.log" 2>&1 \
      || { show_log "$mysql_dir/install.log"; die "mariadb-install-db failed"; }
  fi
  rm -f "$socket" "$mysql_dir/mysqld.pid"
  say "starting MariaDB on socket $socket (no TCP)"
  setsid mariadbd --no-defaults "${mysqld_user[@]}" --datadir="$datadir" --socket="$socket" \
    --pid-file="$mysql_dir/mysqld.pid" --skip-networking --log-error="$mysql_dir/error.log" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --skip-log-bin \
    --innodb-buffer-pool-size=64M </dev/null >/dev/null 2>&1 &
  mariadb_pid=$!
  echo "$mariadb_pid" >"$state/mariadb.pid"
  for _ in $(seq 1 120); do
    mariadb-admin --no-defaults --socket="$socket" -u "$me" ping >/dev/null 2>&1 && break
    started_alive "$mariadb_pid" || { show_log "$mysql_dir/error.log"; die "MariaDB stopped at start"; }
    sleep 0.25
  done
  mariadb-admin --no-defaults --socket="$socket" -u "$me" ping >/dev/null 2>&1 \
    || { show_log "$mysql_dir/error.log"; die "MariaDB did not answer within 30 s"; }
fi

[ -s "$state/db-password" ] || { random_alnum 32 >"$state/db-password"; chmod 600 "$state/db-password"; }
db_password=$(cat "$state/db-password")
sql <<SQL
CREATE DATABASE IF NOT EXISTS newsdesk CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'newsdesk'@'localhost' IDENTIFIED BY '$db_password';
ALTER USER 'newsdesk'@'localhost' IDENTIFIED BY '$db_password';
GRANT ALL PRIVILEGES ON newsdesk.* TO 'newsdesk'@'localhost';
SQL

# ---------------------------------------------------------------- WordPress config + content
if [ ! -s "$state/config.php" ]; then
  {
    echo "<?php"
    echo "// NEWSDESK-WP-UP: written by scripts/wordpress/wp-up.sh for $state; wp-down.sh removes it."
    echo "// Loaded by Debian's /usr/share/wordpress/wp-config.php as config-\$_SERVER['WORDPRESS_CONFIG'].php;"
    echo "// the router of wp-up.sh sets WORDPRESS_CONFIG=$config_name."
    echo "define('DB_NAME', 'newsdesk');"
    echo "define('DB_USER', 'newsdesk');"
    echo "define('DB_PASSWORD', '$db_password');"
    echo "define('DB_HOST', 'localhost:$socket');"
    echo "define('DB_CHARSET', 'utf8mb4');"
    echo "define('DB_COLLATE', '');"
    echo "\$table_prefix = 'nd_';"
    echo "define('WP_HOME', '$url');"
    echo "define('WP_SITEURL', '$url');"
    echo "define('WP_ENVIRONMENT_TYPE', 'local'); // application passwords over plain HTTP"
    echo "define('WP_CONTENT_DIR', '$content_dir');"
    echo "define('WP_CONTENT_URL', '$url/wp-content');"
    echo "define('DISABLE_WP_CRON', true);"
    echo "define('AUTOMATIC_UPDATER_DISABLED', true);"
    echo "define('WP_HTTP_BLOCK_EXTERNAL', true); // no network here: never wait for wordpress.org"
    echo "define('FS_METHOD', 'direct');"
    echo "define('WP_DEBUG', false);"
    for key in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
      echo "define('$key', '$(random_alnum 64)');"
    done
  } >"$state/config.php"
  chmod 600 "$state/config.php"
fi
install -m 640 "$state/config.php" "$config_file.tmp"
mv -f "$config_file.tmp" "$config_file"

mkdir -p "$content_dir/mu-plugins" "$content_dir/uploads" "$content_dir/plugins" "$content_dir/themes" "$content_dir/languages"
cp "$here/newsdesk-test-tweaks.php" "$content_dir/mu-plugins/newsdesk-test-tweaks.php"
cp "$here/router.php" "$state/router.php"
php_user=()
if [ "$is_root" = 1 ] && id www-data >/dev/null 2>&1; then
  # The site runs as www-data, as under Apache; the config is readable by it, not by everyone.
  chgrp www-data "$config_file"
  chown -R www-data:www-data "$content_dir"
  php_user=(setpriv --reuid=www-data --regid=www-data --init-groups --)
fi

# ---------------------------------------------------------------- PHP built-in server
if php_alive; then
  say "PHP already serves $url (pid $(cat "$state/php.pid"))"
else
  if port_taken "$port"; then
    die "127.0.0.1:$port is taken by another program; choose another --port" 2
  fi
  say "starting PHP's built-in server on $url"
  touch "$state/php.log" "$state/php-error.log"
  [ "${#php_user[@]}" -gt 0 ] && chown www-data "$state/php-error.log"
  setsid env NEWSDESK_WP_CONFIG="$config_name" NEWSDESK_WP_CONTENT_DIR="$content_dir" \
    NEWSDESK_WP_STRICT_COMMENTS="${NEWSDESK_WP_STRICT_COMMENTS:-0}" PHP_CLI_SERVER_WORKERS=4 \
    "${php_user[@]}" php -d display_errors=0 -d log_errors=1 -d error_log="$state/php-error.log" \
    -d upload_max_filesize=32M -d post_max_size=32M -d memory_limit=256M \
    -S "127.0.0.1:$port" -t "$wp_root" "$state/router.php" </dev/null >>"$state/php.log" 2>&1 &
  php_pid=$!
  echo "$php_pid" >"$state/php.pid"
  for _ in $(seq 1 80); do
    port_taken "$port" && break
    started_alive "$php_pid" || { show_log "$state/php.log"; die "PHP's server stopped at start"; }
    sleep 0.25
  done
  port_taken "$port" || { show_log "$state/php.log"; die "PHP's server did not listen within 20 s"; }
fi

# ---------------------------------------------------------------- install, seed, passwords
if site_ok; then
  say "the site answers with the saved application password"
else
  [ -s "$state/admin-password" ] || { random_alnum 24 >"$state/admin-password"; chmod 600 "$state/admin-password"; }
  provision_env=(NEWSDESK_WP_PORT="$port" NEWSDESK_WP_CONFIG="$config_name")
  say "running WordPress's installer (admin newsdesk-admin, password in $state/admin-password)"
  env "${provision_env[@]}" NEWSDESK_WP_ADMIN_PASSWORD="$(cat "$state/admin-password")" \
    php -d display_errors=stderr "$here/provision.php" install 2>>"$state/provision.log" \
    || { show_log "$state/provision.log"; die "the WordPress installer failed"; }
  say "setting permalinks, users, application passwords and seed content"
  env "${provision_env[@]}" php -d display_errors=stderr "$here/provision.php" \
    >"$state/env.new" 2>>"$state/provision.log" \
    || { show_log "$state/provision.log"; die "seeding WordPress failed"; }
  chmod 600 "$state/env.new"
  mv -f "$state/env.new" "$state/env"
fi

# ---------------------------------------------------------------- check as a client would
check() { # check WHAT URL [curl args...]: expects 200 and JSON
  local what=$1 u=$2 code; shift 2
  code=$(curl -sS -o "$state/check.json" -w '%{http_code}' --max-time 20 "$@" "$u" 2>/dev/null) || code=000
  if [ "$code" != 200 ] || ! head -c 1 "$state/check.json" | grep -q '[[{]'; then
    show_log "$state/php-error.log"
    die "$what: $u answered $code: $(head -c 300 "$state/check.json" 2>/dev/null)"
  fi
}
user=$(env_value NEWSDESK_WP_USER); pass=$(env_value NEWSDESK_WP_APP_PASSWORD)
suser=$(env_value NEWSDESK_WP_SUBSCRIBER_USER); spass=$(env_value NEWSDESK_WP_SUBSCRIBER_APP_PASSWORD)
check "pretty permalinks" "$url/wp-json/wp/v2/posts"
check "plain REST route" "$url/?rest_route=/wp/v2/posts"
check "admin application password" "$url/wp-json/wp/v2/users/me" -u "$user:$pass"
check "subscriber application password" "$url/wp-json/wp/v2/users/me" -u "$suser:$spass"
rm -f "$state/check.json"

say "up at $url in ${SECONDS} s (state in $state; stop with: bash $here/wp-down.sh --state-dir $state)"
cat "$state/env"

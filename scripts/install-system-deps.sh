#!/usr/bin/env bash
# Installs the Debian/Ubuntu libraries Qt needs, only those that are missing.
#   --offscreen  what the tests need (QT_QPA_PLATFORM=offscreen): EGL/GL, fontconfig,
#                xkbcommon, GLib, D-Bus, a font that draws every Vietnamese letter, and
#                the Vietnamese spelling dictionary (hunspell-vi)
#   --window     also what a real window on X11 needs (the app itself)
# Without root or apt-get it only says what is missing and carries on. When another
# package manager holds apt's locks, it waits for it (up to APT_LOCK_WAIT_S, 300 s).
set -euo pipefail
# shellcheck source=lib/apt.sh
. "$(dirname "$0")/lib/apt.sh"

want_window=0
[ "${1:-}" = "--window" ] && want_window=1

# library file -> Debian package (two names where Debian 13 renamed the package)
libraries=(
  "libEGL.so.1 libegl1"
  "libGL.so.1 libgl1"
  "libfontconfig.so.1 libfontconfig1"
  "libxkbcommon.so.0 libxkbcommon0"
  "libglib-2.0.so.0 libglib2.0-0t64|libglib2.0-0"
  "libdbus-1.so.3 libdbus-1-3"
)
if [ "$want_window" = 1 ]; then
  libraries+=(
    "libxcb-icccm.so.4 libxcb-icccm4"
    "libxcb-keysyms.so.1 libxcb-keysyms1"
    "libxcb-cursor.so.0 libxcb-cursor0"
    "libxkbcommon-x11.so.0 libxkbcommon-x11-0"
    "libxcb-shape.so.0 libxcb-shape0"
    "libxcb-randr.so.0 libxcb-randr0"
    "libxcb-render-util.so.0 libxcb-render-util0"
    "libxcb-image.so.0 libxcb-image0"
    "libxcb-xkb.so.1 libxcb-xkb1"
  )
fi

missing=()
for entry in "${libraries[@]}"; do
  file=${entry%% *}
  packages=${entry#* }
  if ! ldconfig -p 2>/dev/null | grep -q "/$file\$"; then
    missing+=("$packages")
  fi
done
if ! fc-list 2>/dev/null | grep -qi dejavu; then
  missing+=("fonts-dejavu-core")
fi
# Spell check reads the dictionary from the system (GPL-2 data, not shipped with Newsdesk).
if [ ! -f /usr/share/hunspell/vi_VN.dic ]; then
  missing+=("hunspell-vi")
fi

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Qt may not start: missing Debian packages ${missing[*]} (install them with apt-get as root)." >&2
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
apt_get update -qq >/dev/null
resolved=()
for choice in "${missing[@]}"; do
  for candidate in ${choice//|/ }; do
    if apt-cache show "$candidate" >/dev/null 2>&1; then
      resolved+=("$candidate")
      break
    fi
  done
done
echo "Installing Debian packages for Qt and spell check: ${resolved[*]}"
apt_get install -y -qq --no-install-recommends "${resolved[@]}" >/dev/null

#!/usr/bin/env bash
# Install what the tests need and run the whole suite.
# Debian packages: gnome-keyring + dbus (a real Secret Service keyring), poppler-utils
# (pdftoppm renders the medication sheet), the libraries Qt needs offscreen, Node.js + npm
# for the independent FHIR server the sync tests also run against (tests/fhir_independent:
# Medplum's FHIR router from the npm registry, versions pinned in its package-lock.json), and CUPS
# with the cups-pdf printer (the print tests start a private scheduler: tests/print_queue.py), and a real
# X desktop for the keyboard and focus tests (Xvfb, the openbox window manager, xdotool: tests/ui/x11.py)
# with the libraries Qt's xcb platform plugin links to (asked of the plugin itself, after the install).
set -euo pipefail
cd "$(dirname "$0")/.."

debs=(python3-venv gnome-keyring dbus libsecret-1-0 poppler-utils libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libbrotli1 libcups2 libdbus-1-3 fonts-dejavu-core)
print_debs=(cups cups-client printer-driver-cups-pdf xvfb openbox xdotool)
if command -v apt-get >/dev/null 2>&1; then
  missing=(); missing_print=()
  for p in "${debs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  # Node may come from elsewhere than Debian (a nodesource build has npm inside nodejs).
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  for p in "${print_debs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing_print+=("$p"); done
  if [ $((${#missing[@]} + ${#missing_print[@]})) -gt 0 ]; then
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    if [ ${#missing[@]} -gt 0 ]; then
      DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
    fi
    if [ ${#missing_print[@]} -gt 0 ]; then
      # No recommends (avahi, colord, a desktop's menus): the tests need only the scheduler, its filters,
      # cups-pdf, the X server, the window manager and xdotool.
      DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing_print[@]}"
    fi
  fi
fi

# The independent FHIR server's packages, exactly as locked (from the npm registry only).
(cd tests/fhir_independent && npm ci --no-audit --no-fund --loglevel=error)

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
# What Qt's window (xcb) still lacks here, read from its plugin with ldd (desktop/support/qt_platform.py).
qt_missing=$(.venv/bin/python -m desktop.support.qt_platform || true)
if [ -n "$qt_missing" ] && command -v apt-get >/dev/null 2>&1; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  # shellcheck disable=SC2086 # one package a line
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends $qt_missing
fi
export QT_QPA_PLATFORM=offscreen
# A private temp folder per run (two runs on one machine must not clean up each other's files);
# removed at the end, since the tests' files hold (fictional) records.
base=$(mktemp -d)
trap 'rm -rf "$base"' EXIT
.venv/bin/python -m pytest --basetemp="$base/pytest" "$@"

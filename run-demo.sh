#!/usr/bin/env bash
# Start Ambulant with fictional demo data: the README's first command (Debian/Ubuntu, macOS).
#
# Makes .venv, installs the app into it (a plain install, as a user gets it), installs with
# apt the system libraries Qt's window still lacks on this machine (read from the platform
# plugin itself: python -m desktop.support.qt_platform), then opens the demo window.
# Arguments are passed on: ./run-demo.sh status   runs `ambulant --demo status`.
set -euo pipefail
cd "$(dirname "$0")"
python=${PYTHON:-python3}
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"

# Debian and Ubuntu ship venv's pip bootstrap in a package of its own (python3-venv).
if ! "$python" -c "import ensurepip, venv" >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  echo "Installerer python3-venv (trengs for å lage .venv)"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq python3-venv
fi
if [ ! -x .venv/bin/pip ]; then
  rm -rf .venv
  "$python" -m venv .venv
fi
# Qt first: its libraries are checked (from this checkout) before the install runs Qt's lrelease.
.venv/bin/python -m pip install -q "pyside6>=6.8,!=6.12.0"

if [ "$(uname -s)" = Linux ] && command -v apt-get >/dev/null 2>&1; then
  mapfile -t missing < <(PYTHONPATH=. .venv/bin/python -m desktop.support.qt_platform)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installerer det Qt-vinduet trenger: ${missing[*]}"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
  fi
fi

.venv/bin/python -m pip install -q .

exec .venv/bin/ambulant --demo "$@"

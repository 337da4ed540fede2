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

if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q .

if [ "$(uname -s)" = Linux ] && command -v apt-get >/dev/null 2>&1; then
  mapfile -t missing < <(.venv/bin/python -m desktop.support.qt_platform)
  if [ ${#missing[@]} -gt 0 ]; then
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    echo "Installerer det Qt-vinduet trenger: ${missing[*]}"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
  fi
fi

exec .venv/bin/ambulant --demo "$@"

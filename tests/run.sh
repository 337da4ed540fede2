#!/usr/bin/env bash
# Install what the tests need and run the whole suite.
# Debian packages: gnome-keyring + dbus (a real Secret Service keyring), poppler-utils
# (pdftoppm renders the medication sheet), the libraries Qt needs offscreen, and Node.js + npm
# for the independent FHIR server the sync tests also run against (tests/fhir_independent:
# Medplum's FHIR router from the npm registry, versions pinned in its package-lock.json).
set -euo pipefail
cd "$(dirname "$0")/.."

debs=(gnome-keyring dbus libsecret-1-0 poppler-utils libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core)
if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in "${debs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  # Node may come from elsewhere than Debian (a nodesource build has npm inside nodejs).
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  if [ ${#missing[@]} -gt 0 ]; then
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
  fi
fi

# The independent FHIR server's packages, exactly as locked (from the npm registry only).
(cd tests/fhir_independent && npm ci --no-audit --no-fund --loglevel=error)

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
export QT_QPA_PLATFORM=offscreen
# A private temp folder per run (two runs on one machine must not clean up each other's files);
# removed at the end, since the tests' files hold (fictional) records.
base=$(mktemp -d)
trap 'rm -rf "$base"' EXIT
.venv/bin/python -m pytest --basetemp="$base/pytest" "$@"

#!/usr/bin/env bash
# Check a built bundle: its self-test passes, and a bundle missing a translation or a Qt
# plugin fails its self-test naming what is missing. Usage: build/verify_bundle.sh [dist/Ambulant]
set -euo pipefail
bundle="${1:-dist/Ambulant}"
export QT_QPA_PLATFORM=offscreen

echo "== size: $(du -sh "$bundle" | cut -f1)"
start=$(date +%s%N)
"$bundle/Ambulant" self-test
echo "== self-test took $(( ($(date +%s%N) - start) / 1000000 )) ms"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

expect_failure() {  # $1: what must be named in the output; the broken copy is in $scratch/Ambulant
  set +e
  out=$("$scratch/Ambulant/Ambulant" self-test 2>&1)
  code=$?
  set -e
  if [ "$code" -eq 0 ] || ! grep -q "$1" <<<"$out"; then
    echo "a bundle without $1 did not fail its self-test by name (exit $code):"; echo "$out"; exit 1
  fi
  echo "== without $1: fails as it should: $(grep 'FEILET' <<<"$out")"
}

cp -a "$bundle" "$scratch/Ambulant"
rm "$scratch/Ambulant/_internal/desktop/i18n/ambulant_nn.qm"
expect_failure "ambulant_nn"

rm -rf "$scratch/Ambulant" && cp -a "$bundle" "$scratch/Ambulant"
rm "$scratch/Ambulant/_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so"
expect_failure "offscreen"

rm -rf "$scratch/Ambulant" && cp -a "$bundle" "$scratch/Ambulant"
rm "$scratch/Ambulant/_internal/PySide6/Qt/plugins/imageformats/libqsvg.so"
expect_failure "svg"
echo "== bundle verified"

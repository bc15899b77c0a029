#!/usr/bin/env bash
# Checks the .deb as a facilitator's laptop would run it: unpacks it into a temporary root
# (dpkg-deb -x, no root needed) and runs the installed launcher: --version with the AOT cache
# required, the example workshop, an export in each format, an archive out and back in, and
# the window's first frame (under xvfb-run when there is no display). Fails on the first
# problem. Usage: packaging/check-linux.sh [path/to/threshold_VERSION_ARCH.deb]
set -euo pipefail
cd "$(dirname "$0")/.."
deb=${1:-$(ls target/package/installer/threshold_*.deb | head -1)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/root"
home="$work/home"
mkdir -p "$home" "$work/user"
export THRESHOLD_HOME="$home"
# A home of its own, to see that nothing is unpacked there (JavaFX's libraries, Java's settings).
export HOME="$work/user"

fail() { echo "package check FAILED: $*" >&2; exit 1; }
step() { echo "-- $*"; }

step "unpack $deb"
dpkg-deb -x "$deb" "$root"
dpkg-deb -e "$deb" "$work/control"
app="$root/opt/threshold"
threshold="$app/bin/Threshold"
[ -x "$threshold" ] || fail "no launcher at /opt/threshold/bin/Threshold"
grep -q 'ln -sf /opt/threshold/bin/Threshold /usr/bin/threshold' "$work/control/postinst" \
    || fail "postinst does not link /usr/bin/threshold"
desktop="$app/lib/threshold-Threshold.desktop"
grep -q '^Exec=/opt/threshold/bin/Threshold %f$' "$desktop" || fail "the menu entry does not pass the opened file"
grep -q '^MimeType=application/x-threshold-archive' "$desktop" || fail "the menu entry does not claim .threshold archives"
[ -f "$app/lib/app/native/libsqlitejdbc.so" ] || fail "SQLite's library is not in the app's folder"
touch "$work/before-runs"

step "threshold --version, with the start-up cache required"
version=$(dpkg-deb -f "$deb" Version)
printed=$(JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$threshold" --version 2>"$work/version.err") \
    || { cat "$work/version.err" >&2; fail "--version failed, or the AOT cache does not load where the app is installed"; }
[[ "$printed" == "Threshold $version (Java "* ]] || fail "--version printed: $printed"
echo "$printed"

step "threshold demo"
"$threshold" demo --db "$work/x.db" --create

step "threshold export, every format"
for format in pdf docx html md; do
    "$threshold" export --db "$work/x.db" --session latest --format "$format" --out "$work/summary.$format" >/dev/null
    [ -s "$work/summary.$format" ] || fail "the $format export is empty"
done
"$threshold" export --db "$work/x.db" --session latest --format csv --out "$work/csv" >/dev/null
[ -n "$(ls "$work/csv")" ] || fail "the CSV export wrote no files"
head -c 5 "$work/summary.pdf" | grep -q '%PDF-' || fail "the PDF export is not a PDF"
unzip -l "$work/summary.docx" | grep -q 'word/document.xml' || fail "the Word export is not a Word file"

step "threshold archive export and import"
"$threshold" archive export --db "$work/x.db" --session latest --out "$work/day.threshold" >/dev/null
"$threshold" archive import "$work/day.threshold" --db "$work/other.db" --create

step "first frame of the window"
# Under xvfb-run when there is no display; xvfb-run is a sh script, so the command is passed whole.
display=()
[ -n "${DISPLAY:-}" ] || display=(xvfb-run -a)
millis=$("${display[@]}" "$threshold" --db "$work/x.db" --exit-after-first-frame 2>"$work/gui.err" | tail -1)
[[ "$millis" =~ ^[0-9]+$ ]] || { cat "$work/gui.err" >&2; fail "the window did not report its first frame: $millis"; }
[ ! -s "$work/gui.err" ] || { cat "$work/gui.err" >&2; fail "the window wrote to the error stream"; }
echo "first frame after $millis ms"

step "nothing written into the installed app, nothing unpacked into the data or home folder"
changed=$(find "$root" -newer "$work/before-runs" | head -5)
[ -z "$changed" ] || fail "the app wrote into its own folder: $changed"
if ls "$home"/native/*sqlite* >/dev/null 2>&1; then fail "SQLite's library was unpacked into the data folder"; fi
[ ! -e "$HOME/.openjfx" ] || fail "JavaFX unpacked its libraries into the home folder"
[ ! -e "$HOME/.java" ] || fail "Java wrote settings into the home folder"

size=$(stat -c %s "$deb" | awk '{printf "%.1f", $1 / 1e6}')
echo "package check passed: $(basename "$deb") ($size MB), runtime $(du -sh "$app/lib/runtime" | cut -f1)"

#!/usr/bin/env bash
# The PDF summary from the installed app's command line (its own runtime, options and AOT cache),
# as a facilitator or IT runs it: the large session against the example workshop, alternating;
# wall time and peak resident memory (/usr/bin/time), medians. Build the .deb first
# (docs/installing.md); the large session is made by bench/src/LargeSession.java from the source.
# Usage: bench/summary-installed.sh [rounds] [path/to/threshold_VERSION_ARCH.deb]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
rounds=${1:-5}
deb=${2:-$(ls target/package/installer/threshold_*.deb | head -1)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dpkg-deb -x "$deb" "$work/root"
threshold="$work/root/opt/threshold/bin/Threshold"
export THRESHOLD_HOME="$work/home"
java -Xmx512m -cp "$cp" LargeSession "$work/large.db" >/dev/null 2>&1
"$threshold" demo --db "$work/example.db" --create >/dev/null

export_once() { # db -> "seconds KB"
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$threshold" export --db "$1" --session 1 --format pdf \
        --out "$work/summary.pdf" --force >/dev/null 2>&1
    cat "$work/time.txt"
}
large_s=(); large_kb=(); example_s=(); example_kb=()
for ((i = 0; i < rounds; i++)); do
    read -r s kb < <(export_once "$work/example.db"); example_s+=("$s"); example_kb+=("$kb")
    read -r s kb < <(export_once "$work/large.db"); large_s+=("$s"); large_kb+=("$kb")
done
ls=$(printf '%s\n' "${large_s[@]}" | median); lk=$(printf '%s\n' "${large_kb[@]}" | median)
es=$(printf '%s\n' "${example_s[@]}" | median); ek=$(printf '%s\n' "${example_kb[@]}" | median)
echo "installed command line, PDF summary, large session: $ls s, $((lk / 1024)) MB resident, $(pdfinfo "$work/summary.pdf" | awk '/^Pages/ {print $2}') pages"
echo "  floor, example workshop: $es s, $((ek / 1024)) MB"
awk -v l="$ls" -v e="$es" 'BEGIN {printf "  ratio time %.2f (goal 3 s, 300 MB)\n", l / e}'
echo "  runs (s): large ${large_s[*]}; example ${example_s[*]}"

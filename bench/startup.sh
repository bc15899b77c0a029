#!/usr/bin/env bash
# Start-up benchmark: JVM start to the first drawn frame of the home screen, against the
# smallest JavaFX window measured the same way in the same run. Prints medians and the ratio.
# Runs headless (Monocle), so it needs no display. Usage: bench/startup.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-7}
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench
javac -d target/bench -cp "$cp" bench/FirstFrameFloor.java
headless=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k)
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
floor=(); app=()
for ((i = 0; i < rounds; i++)); do
    floor+=("$(java "${headless[@]}" -cp "target/bench:$cp" FirstFrameFloor 2>/dev/null | tail -1)")
    app+=("$(THRESHOLD_HOME="$data" java "${headless[@]}" -cp "$cp" org.threshold.Main --exit-after-first-frame 2>/dev/null | tail -1)")
done
f=$(printf '%s\n' "${floor[@]}" | median)
a=$(printf '%s\n' "${app[@]}" | median)
echo "floor (empty JavaFX window) median ms: $f   runs: ${floor[*]}"
echo "threshold home screen median ms:       $a   runs: ${app[*]}"
awk -v a="$a" -v f="$f" 'BEGIN {printf "ratio threshold/floor: %.2f\n", a / f}'

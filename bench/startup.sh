#!/usr/bin/env bash
# Start-up benchmark: JVM start to the first drawn frame of the home screen, against the
# smallest JavaFX window measured the same way in the same run, alternating. Prints medians and
# the ratios. Headless (Monocle), so it needs no display. Also measures Threshold with
# class-data sharing from jars (an archive made by one run with -XX:ArchiveClassesAtExit), the
# way an installed copy can start. Usage: bench/startup.sh [rounds]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
rounds=${1:-7}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
# Class-data sharing needs classes in jars (Java 17 refuses a directory on the class path).
(cd target/classes && jar cf "$data/threshold.jar" .)
jars="$data/threshold.jar:$(cat target/bench-classpath.txt)"
THRESHOLD_HOME="$data" java "${headless[@]}" -XX:ArchiveClassesAtExit="$data/threshold.jsa" -cp "$jars" \
    org.threshold.Main --exit-after-first-frame >/dev/null 2>&1
floor=(); app=(); shared=()
for ((i = 0; i < rounds; i++)); do
    floor+=("$(java "${headless[@]}" -cp "$cp" FirstFrameFloor 2>/dev/null | tail -1)")
    app+=("$(THRESHOLD_HOME="$data" java "${headless[@]}" -cp "$cp" org.threshold.Main --exit-after-first-frame 2>/dev/null | tail -1)")
    shared+=("$(THRESHOLD_HOME="$data" java "${headless[@]}" -XX:SharedArchiveFile="$data/threshold.jsa" -cp "$jars" \
        org.threshold.Main --exit-after-first-frame 2>/dev/null | tail -1)")
done
f=$(printf '%s\n' "${floor[@]}" | median)
a=$(printf '%s\n' "${app[@]}" | median)
s=$(printf '%s\n' "${shared[@]}" | median)
echo "start-up, floor (empty JavaFX window) median ms:   $f   runs: ${floor[*]}"
echo "start-up, Threshold home screen median ms:         $a   runs: ${app[*]}"
echo "start-up, Threshold with class-data sharing ms:    $s   runs: ${shared[*]}"
awk -v a="$a" -v s="$s" -v f="$f" 'BEGIN {printf "start-up ratio threshold/floor: %.2f   with class-data sharing: %.2f  (goal 1.25)\n", a / f, s / f}'

#!/usr/bin/env bash
# Start-up of the installed app: JVM start to the first frame of the home screen, run from the
# .deb unpacked as it installs (its own runtime and AOT cache), against the smallest JavaFX window
# (bench/src/FirstFrameFloor.java) on the same display, run by the JDK 25 the runtime comes from and by
# the JDK 17 that builds the source; and the installed app once more with its AOT cache turned
# off, to show what the cache is worth. Alternates the four; prints medians and ratios.
# Needs a display: run under xvfb-run when there is none. Build the .deb first (docs/installing.md).
# Usage: bench/startup-installed.sh [rounds] [path/to/threshold_VERSION_ARCH.deb]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-7}
deb=${2:-$(ls target/package/installer/threshold_*.deb | head -1)}
jdk25=${PACKAGING_JDK:-$(ls -d /usr/lib/jvm/temurin-25-jdk* /usr/lib/jvm/java-25-* 2>/dev/null | head -1 || true)}
jdk17=${JDK17:-$(ls -d /usr/lib/jvm/java-17-openjdk* /usr/lib/jvm/temurin-17-jdk* 2>/dev/null | head -1 || true)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dpkg-deb -x "$deb" "$work/root"
threshold="$work/root/opt/threshold/bin/Threshold"
export THRESHOLD_HOME="$work/home"
# A laptop's usual state: the data folder exists and holds a workshop.
"$threshold" demo --db "$THRESHOLD_HOME/threshold.db" --create >/dev/null

mvn -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench-runtime-classpath.txt
javafx=$(tr ':' '\n' < target/bench-runtime-classpath.txt | grep -E '/javafx-(base|graphics|controls)-[^/]*-[a-z0-9-]+\.jar$' | paste -sd:)
mkdir -p target/bench
"$jdk17/bin/javac" -d target/bench --module-path "$javafx" --add-modules javafx.controls bench/src/FirstFrameFloor.java
floor() { "$1/bin/java" --module-path "$javafx" --add-modules javafx.controls -cp target/bench FirstFrameFloor 2>/dev/null | tail -1; }

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
app=(); uncached=(); floor25=(); floor17=()
for ((i = 0; i < rounds; i++)); do
    app+=("$("$threshold" --exit-after-first-frame 2>/dev/null | tail -1)")
    uncached+=("$(JAVA_TOOL_OPTIONS=-XX:AOTMode=off "$threshold" --exit-after-first-frame 2>/dev/null | tail -1)")
    floor25+=("$(floor "$jdk25")")
    floor17+=("$(floor "$jdk17")")
done
a=$(printf '%s\n' "${app[@]}" | median)
u=$(printf '%s\n' "${uncached[@]}" | median)
f25=$(printf '%s\n' "${floor25[@]}" | median)
f17=$(printf '%s\n' "${floor17[@]}" | median)
echo "installed Threshold, home screen, median ms:        $a   runs: ${app[*]}"
echo "installed Threshold, AOT cache off, median ms:      $u   runs: ${uncached[*]}"
echo "floor (empty JavaFX window), JDK 25, median ms:     $f25   runs: ${floor25[*]}"
echo "floor (empty JavaFX window), JDK 17, median ms:     $f17   runs: ${floor17[*]}"
awk -v a="$a" -v f="$f25" 'BEGIN {printf "ratio installed/floor (JDK 25): %.2f\n", a / f}'
awk -v a="$a" -v f="$f17" 'BEGIN {printf "ratio installed/floor (JDK 17): %.2f\n", a / f}'

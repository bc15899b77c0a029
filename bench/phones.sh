#!/usr/bin/env bash
# Phones load benchmark: N simulated phones on loopback join, hold the live stream, and answer at
# random moments within 2 seconds of the room moving on, for R rounds. Prints answers lost, p50 and
# p99 from POST to "saved", a floor from the same run, and the server's memory.
# Usage: bench/phones.sh [phones] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
phones=${1:-300}
rounds=${2:-3}
mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
cp="target/classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench
javac -d target/bench -cp "$cp" bench/PhonesLoad.java
java -Xmx512m -cp "target/bench:$cp" PhonesLoad "$phones" "$rounds"

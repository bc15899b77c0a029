#!/usr/bin/env bash
# Every benchmark of docs/benchmarks.md, each figure beside its floor from the same run and the
# ratio, medians of alternating rounds. Never part of mvn verify. Usage: bench/run-all.sh [rounds]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
rounds=${1:-7}
out=target/bench
# Made afresh each run, so the large session is session 1 of its file and the figures repeat.
large=$out/large.db
rm -f "$large" "$large"-* "$large".lock
java -Xmx512m -cp "$cp" LargeSession "$large" >/dev/null 2>&1
bench/startup.sh "$rounds"
echo
java -Xmx512m -cp "$cp" Benchmarks "$large" "$rounds" 2>/dev/null
echo

# Summaries from the command line with the heap limit the docs give for it, large against example.
example=$out/example.db
rm -f "$example"*
java -cp "$cp" org.threshold.Main demo --db "$example" --create >/dev/null 2>&1
# The quick compiler alone: a one-off export ends before the optimising compiler would pay for itself.
heap=(-Xmx160m -XX:+UseSerialGC -XX:TieredStopAtLevel=1)
export_once() { # db format out -> "seconds KB"
    /usr/bin/time -f "%e %M" -o "$out/time.txt" java "${heap[@]}" -cp "$cp" org.threshold.Main export --db "$1" \
        --session 1 --format "$2" --out "$3" --force >/dev/null 2>&1
    cat "$out/time.txt"
}
for format in pdf docx; do
    small_s=(); small_kb=(); big_s=(); big_kb=()
    for ((i = 0; i < rounds; i++)); do
        read -r s kb < <(export_once "$example" "$format" "$out/example.$format"); small_s+=("$s"); small_kb+=("$kb")
        read -r s kb < <(export_once "$large" "$format" "$out/large.$format"); big_s+=("$s"); big_kb+=("$kb")
    done
    ss=$(printf '%s\n' "${small_s[@]}" | median); sk=$(printf '%s\n' "${small_kb[@]}" | median)
    bs=$(printf '%s\n' "${big_s[@]}" | median); bk=$(printf '%s\n' "${big_kb[@]}" | median)
    pages=""
    if [ "$format" = pdf ]; then
        pages="   pages: large $(pdfinfo "$out/large.pdf" | awk '/^Pages/ {print $2}'), example $(pdfinfo "$out/example.pdf" | awk '/^Pages/ {print $2}') (goal 40)"
    fi
    echo "$format summary, large session: $bs s, $((bk / 1024)) MB resident | floor, example workshop: $ss s, $((sk / 1024)) MB$pages"
    awk -v b="$bs" -v s="$ss" -v bk="$bk" -v sk="$sk" 'BEGIN {printf "  ratio time %.2f, memory %.2f (goals 3 s, 300 MB)\n", b / s, bk / sk}'
    echo "  runs (s): large ${big_s[*]}; example ${small_s[*]}"
done

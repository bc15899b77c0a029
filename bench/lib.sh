# Shared by the benchmark scripts: builds the app and the benchmark programs, and sets $cp.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench
javac -d target/bench -cp "$cp" bench/src/*.java
cp="target/bench:$cp"
headless=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k)
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

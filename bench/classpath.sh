#!/bin/sh
# Compiles the app, its test helpers and the benchmarks in bench/java (Maven profile "bench"; a plain build leaves
# them out), then prints the classpath that runs them. Usage: java -cp "$(sh bench/classpath.sh)" CLASS [ARGS]
set -eu
cd "$(dirname "$0")/.."
mvn -q -B -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
echo "$PWD/target/classes:$PWD/target/test-classes:$(cat target/bench-classpath.txt)"

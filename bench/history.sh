#!/usr/bin/env bash
# The history's benchmarks: opening a year of daily sessions (goal under 200 ms), and SIGKILL while writing the
# history, then reopening it, 100 times in a row (or the number given). Prints two rows of bench/RESULTS.md's table.
set -euo pipefail
cd "$(dirname "$0")/.."
classpath=$(sh bench/classpath.sh)
java -cp "$classpath" org.footcoach.store.HistoryBenchmark "$@"

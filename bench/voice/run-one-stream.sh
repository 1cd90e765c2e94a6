#!/usr/bin/env bash
# The corpus as a live microphone hears it: every command, then every decoy, one voice at a time, in one continuous
# stream with white hiss under it, through one recogniser. Arguments: main|test (voices), the hiss's standard
# deviation in 16-bit steps, then word levels as RMS in 16-bit steps (0: as in the corpus). Default: main 60 0 (hiss
# 35 dB under the words), then main 10 500 (a quiet microphone). Needs espeak-ng and sox. About two minutes a level
# for the main voices on 2 cores. BENCH_JAVA_OPTS=-Dbabble=10 lays four people talking at once under the whole
# stream, unbroken, 10 dB under each word (give hiss 0).
set -euo pipefail
cd "$(dirname "$0")/../.."
classpath=$(sh bench/classpath.sh)
run() {
  java ${BENCH_JAVA_OPTS:-} -cp "$classpath" \
    org.footcoach.listen.corpus.OneStream "$@" 2> >(grep -v '^LOG (VoskAPI' >&2)
}
if [ $# -gt 0 ]; then
  run "$@"
else
  run main 60 0
  run main 10 500
fi

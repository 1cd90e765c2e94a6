#!/usr/bin/env bash
# Voice command benchmark: builds the spoken corpus into target/voice-corpus/ (espeak-ng voices and FreeTTS kevin16,
# clean and mixed with sox-made household noise and espeak-ng babble) and prints the table kept in bench/RESULTS.md.
# Needs: espeak-ng, sox (apt-get install espeak-ng sox). Takes about 10 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
classpath=$(sh bench/classpath.sh)
java -cp "$classpath" \
  org.footcoach.listen.corpus.VoiceBenchmark 2> >(grep -v '^LOG (VoskAPI' >&2)

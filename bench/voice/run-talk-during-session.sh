#!/usr/bin/env bash
# People talking near the microphone during a session: commands the app takes from their talk, heard through the echo
# canceller in a simulated room; prints the table kept in bench/RESULTS.md. Arguments: a routine id (default quick),
# a voice (default flite), then levels of the talk against the app's echo in dB (default -10 0). Needs espeak-ng, and
# flite for the flite voice. About 5 minutes a level for the quick routine on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
classpath=$(sh bench/classpath.sh)
java ${BENCH_JAVA_OPTS:-} -cp "$classpath" \
  org.footcoach.app.TalkDuringSessionBenchmark "$@" 2> >(grep -v '^LOG (VoskAPI\|EchoCancellingSource\|^INFO: The loudspeaker' >&2)

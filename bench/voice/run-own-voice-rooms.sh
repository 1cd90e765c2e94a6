#!/usr/bin/env bash
# The app's own voice in simulated rooms: how many commands it takes from itself, from the microphone as it is and
# through the echo canceller; prints the table kept in bench/RESULTS.md. Arguments: a routine id (default quick),
# then voices (default: all installed). Needs flite for the flite voice (apt-get install flite). About 8 minutes a
# voice for the quick routine on 2 cores. BENCH_JAVA_OPTS=-Drooms=RINGING hears only that room; -Dbabble=4 adds four
# people talking at once, 4 dB under the app's speech at the microphone.
set -euo pipefail
cd "$(dirname "$0")/../.."
classpath=$(sh bench/classpath.sh)
java ${BENCH_JAVA_OPTS:-} -cp "$classpath" \
  org.footcoach.app.OwnVoiceInRoomBenchmark "$@" 2> >(grep -v '^LOG (VoskAPI\|EchoCancellingSource\|^INFO: The loudspeaker' >&2)

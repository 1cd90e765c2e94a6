#!/usr/bin/env bash
# Echo canceller benchmark: a person's "stop" over the app's counting in a simulated room, heard with and without
# the app's own voice taken out of the microphone; prints the table kept in bench/RESULTS.md. Argument: the command
# phrase the person says (default stop), e.g. pause.
# Needs: espeak-ng (apt-get install espeak-ng). Takes about 2 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
classpath=$(sh bench/classpath.sh)
java -cp "$classpath" \
  org.footcoach.listen.EchoCancellingBenchmark "$@" 2> >(grep -v '^LOG (VoskAPI\|EchoCancellingSource\|^INFO: The loudspeaker' >&2)

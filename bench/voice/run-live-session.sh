#!/usr/bin/env bash
# Commands said during real sessions of the quick routine: the app's session engine, speech, voice input and command
# router on one virtual clock, a scripted person (espeak-ng voices, never the app's) saying commands and decoys as the
# sessions go, the app's own sound played into a simulated room and heard through the echo canceller; prints the table
# kept in bench/RESULTS.md. Arguments: the app's voice (default flite), then scenario ids (default all: quiet clean
# mixed noise babble). Needs espeak-ng, sox, and flite for the flite voice. 4 to 25 minutes a scenario on 2
# cores, 53 for all five.
set -euo pipefail
cd "$(dirname "$0")/../.."
classpath=$(sh bench/classpath.sh)
java ${BENCH_JAVA_OPTS:-} -cp "$classpath" \
  org.footcoach.app.LiveSessionBenchmark "$@" \
  2> >(grep -v '^LOG (VoskAPI\|EchoCancellingSource\|^INFO: The loudspeaker\|LiveSpeaker\|^INFO: Not ready' >&2)

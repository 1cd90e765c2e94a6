#!/usr/bin/env bash
# A microphone that records only at 48 kHz: the test corpus's espeak-ng voices with white hiss, brought down to
# 16 kHz by Java Sound's default conversion, its "sinc" conversion (what MicrophoneSource asks for) and sox. Arguments:
# hiss standard deviations in 16-bit steps (default: 60 200 400). Needs espeak-ng and sox. About a minute a level.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -gt 0 ] || set -- 60 200 400
classpath=$(sh bench/classpath.sh)
java ${BENCH_JAVA_OPTS:-} -cp "$classpath" \
  org.footcoach.listen.corpus.FastMicrophone "$@" 2> >(grep -v '^LOG (VoskAPI' >&2)

#!/bin/sh
# Voice clarity, measured in one run (not a test): sh bench/voice-clarity.sh [ROUTINE] [OUT_DIR] [VOICE ...]
# Exports the routine with each voice, then the Vosk small English model (free vocabulary) hears every distinct
# sentence; prints the word error rate per voice. Needs the Vosk artifacts from Maven Central (by coordinates).
set -eu
cd "$(dirname "$0")/.."
routine=${1:-full}
[ $# -gt 0 ] && shift
out=${1:-target/bench/clarity}
[ $# -gt 0 ] && shift
voices=${*:-flite freetts}
lib=target/bench-lib
mkdir -p "$out" "$lib"
for artifact in com.alphacephei:vosk:0.3.45 net.java.dev.jna:jna:5.13.0 com.alphacephei:vosk-model-en:0.3.45:aar; do
  mvn -q -B dependency:copy -Dartifact="$artifact" -DoutputDirectory="$lib"
done
model="$lib/model/assets/model-en-us"
[ -d "$model" ] || unzip -q -o "$lib/vosk-model-en-0.3.45.aar" 'assets/model-en-us/*' -d "$lib/model"
[ -f target/foot-coach.jar ] || mvn -q -B package -DskipTests
set --
for v in $voices; do
  java -jar target/foot-coach.jar --routine "$routine" --voice "$v" \
    --export-audio "$out/$routine-$v.wav" --export-captions "$out/$routine-$v.vtt"
  set -- "$@" "$v" "$out/$routine-$v.wav" "$out/$routine-$v.vtt"
done
java -cp "$lib/vosk-0.3.45.jar:$lib/jna-5.13.0.jar" bench/VoiceClarity.java "$model" "$@"

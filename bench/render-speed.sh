#!/bin/sh
# Offline render speed, measured in one run (not a test): sh bench/render-speed.sh [CONTENT.json] [ROUTINE] [VOICE] [OUT_DIR]
set -eu
cd "$(dirname "$0")/.."
content=${1:-exercises.json}
routine=${2:-full}
voice=${3:-freetts}
out=${4:-target/bench}
mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/RenderSpeed.java "$content" "$routine" "$voice" "$out"

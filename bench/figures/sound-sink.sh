# Shared by bench/figures/sound-path and press-to-sound (sourced, not run): a PulseAudio server of their own with a
# shellcheck shell=bash
# null sink as its default output, a virtual screen, the app's jar and the benchmarks' classpath, and cleaning up.
# The server has its own socket and runtime folder, so it neither needs nor disturbs anyone else's sound server.

cd "$(dirname "$0")/../.." || exit 1
SINK_WORK=$(mktemp -d "${TMPDIR:-/tmp}/foot-coach-sound.XXXXXX")
SINK_NAME=foot_coach_capture
SINK_RATE=16000
SINK_PIDS=()

sink_cleanup() {
  local pid
  for pid in "${SINK_PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  [ -f "$SINK_WORK/run/pulse/pid" ] && kill "$(cat "$SINK_WORK/run/pulse/pid")" 2>/dev/null
  [ -n "${KEEP_WORK:-}" ] || rm -rf "$SINK_WORK"
}
trap sink_cleanup EXIT
trap 'exit 1' INT TERM

need() {
  local program
  for program in "$@"; do
    command -v "$program" >/dev/null || { echo "$(basename "$0"): needs $program (apt-get install pulseaudio pulseaudio-utils alsa-utils xvfb xdotool)" >&2; exit 1; }
  done
}

# A PulseAudio server on a socket of its own, a null sink (mono, $SINK_RATE Hz) as its default; Java Sound reaches it
# through ALSA's pulse plugin, which follows PULSE_SERVER.
start_sink() {
  need pulseaudio pactl parec
  mkdir -m 700 "$SINK_WORK/run"
  cat >"$SINK_WORK/default.pa" <<PA
load-module module-native-protocol-unix auth-anonymous=1 socket=$SINK_WORK/run/native
load-module module-null-sink sink_name=$SINK_NAME rate=$SINK_RATE channels=1
set-default-sink $SINK_NAME
PA
  export XDG_RUNTIME_DIR=$SINK_WORK/run PULSE_SERVER=unix:$SINK_WORK/run/native
  HOME=$SINK_WORK pulseaudio --log-level=debug --log-time=yes -n -F "$SINK_WORK/default.pa" --daemonize=yes --exit-idle-time=-1 --disallow-exit \
    --use-pid-file=yes --log-target=file:"$SINK_WORK/pulse.log" \
    || { echo "$(basename "$0"): PulseAudio did not start: $(tail -3 "$SINK_WORK/pulse.log")" >&2; exit 1; }
  local tries=0
  until pactl info >/dev/null 2>&1; do
    tries=$((tries + 1)); [ $tries -lt 50 ] || { echo "$(basename "$0"): PulseAudio does not answer" >&2; exit 1; }
    sleep 0.1
  done
  echo "sound server: PulseAudio $(pactl info | sed -n 's/^Server Version: //p'), null sink $SINK_NAME at $SINK_RATE Hz" >&2
}

# How often the app's stream ran dry since the server started, how long in all, and how often its stream was made
# afresh (ALSA's recovery after an underrun, which drops what was queued), from the server's log.
sink_underruns() {
  awk '/Implicit underrun of/ { start = $2 + 0; dry++ }
       /Requesting rewind due to end of underrun/ && start > 0 { total += $2 - start; start = 0 }
       /Final latency/ { streams++ }
       END { printf "%d times, %.0f ms in all; the app stream opened %d times\n", dry, total * 1000, streams - 1 }' \
    "$SINK_WORK/pulse.log"
}

# A virtual screen for the app's window; DISPLAY points at it.
start_screen() {
  need Xvfb
  exec 3>"$SINK_WORK/display"
  Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 2>"$SINK_WORK/xvfb.log" &
  SINK_PIDS+=($!)
  local tries=0
  until [ -s "$SINK_WORK/display" ]; do
    tries=$((tries + 1)); [ $tries -lt 100 ] || { echo "$(basename "$0"): Xvfb did not start" >&2; exit 1; }
    sleep 0.1
  done
  exec 3>&-
  DISPLAY=:$(head -1 "$SINK_WORK/display")
  export DISPLAY
}

# The app's jar and bench/java's classpath: bench/run builds them once and passes them on (BENCH_JAR,
# BENCH_CLASSPATH); a figure script run on its own builds them.
app_jar() {
  if [ -z "${BENCH_JAR:-}" ]; then
    [ -f target/foot-coach.jar ] || mvn -q -B package -DskipTests >&2
    BENCH_JAR=$PWD/target/foot-coach.jar
  fi
  echo "$BENCH_JAR"
}

bench_classpath() {
  if [ -z "${BENCH_CLASSPATH:-}" ]; then
    BENCH_CLASSPATH=$(sh bench/classpath.sh)
  fi
  echo "$BENCH_CLASSPATH"
}

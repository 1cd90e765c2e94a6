# Shared by the figure scripts in bench/figures (sourced, not run; bench/run runs only the executable files here).
# A figure script prints its figures on standard output as TSV, figure<TAB>goal<TAB>measured<TAB>verdict, and
# everything else on standard error.

BENCH_SELF=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
cd "$(dirname "$0")/../.." || exit 1
mkdir -p target/bench

# The app's jar and the classpath of bench/java: bench/run builds them once and passes them on; a figure script run
# on its own builds them itself.
bench_jar() {
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

# figure GOAL MEASURED VERDICT: one TSV line on standard output.
figure() {
  printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4"
}

# verdict_at_most VALUE LIMIT UNIT: "met", or "missed by <excess><unit>".
verdict_at_most() {
  awk -v v="$1" -v lim="$2" -v u="$3" 'BEGIN {
    if (v <= lim) print "met"; else printf "missed by %.3g%s\n", v - lim, u }'
}

# verdict_at_least VALUE LIMIT UNIT
verdict_at_least() {
  awk -v v="$1" -v lim="$2" -v u="$3" 'BEGIN {
    if (v >= lim) print "met"; else printf "missed by %.3g%s\n", lim - v, u }'
}

# CPU time of a process so far, in clock ticks (utime + stime of /proc/PID/stat; the name may hold spaces).
cpu_ticks() {
  sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
}

# Peak resident set of a process so far, in kB (VmHWM).
peak_rss_kb() {
  awk '/^VmHWM:/ { print $2 }' "/proc/$1/status"
}

threads_of() {
  awk '/^Threads:/ { print $2 }' "/proc/$1/status"
}

# Heap in use after a full GC, in kB, with jcmd (GC.run, then GC.heap_info's "used" of the whole heap).
heap_after_gc_kb() {
  jcmd "$1" GC.run >/dev/null
  jcmd "$1" GC.heap_info | awk '/ total [0-9]+K, used [0-9]+K/ {
    for (i = 1; i <= NF; i++) if ($i == "used") { sub(/K,?$/, "", $(i + 1)); print $(i + 1); exit } }'
}

# wait_for_event FILE TYPE SECONDS: polls FILE every 5 ms until a line of that type is there; 1 after SECONDS.
wait_for_event() {
  local deadline=$(( $(date +%s) + $3 ))
  until grep -q "\"type\":\"$2\"" "$1" 2>/dev/null; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.005
  done
}

# stop_process PID: asks it to end, then makes sure.
stop_process() {
  kill "$1" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# The figure scripts that open a window run themselves again under a virtual screen, once.
need_screen() {
  if [ -z "${BENCH_SCREEN:-}" ]; then
    export BENCH_SCREEN=1
    exec xvfb-run -a -s "-screen 0 1920x1080x24" "$BENCH_SELF" "$@"
  fi
}

# A data folder whose settings count down before standing work instead of waiting for "ready", so a routine runs to
# its end with nobody there.
unattended_data_dir() {
  local data
  data=$(mktemp -d "${1:-/tmp}/data.XXXX")
  printf '%s\n' '{"version":1,"doses":{},"tempo":1.0,"before_standing":"countdown","voice_commands":true,"learnt_keys":{}}' \
    >"$data/settings.json"
  echo "$data"
}

# A quiet room as the microphone (for --mic-file): 30 minutes of faint pink noise, 16 kHz mono, made once with sox.
# The recogniser works on it all the time, as on a real microphone; it holds no words.
room_microphone() {
  local wav=target/bench/quiet-room.wav
  [ -f "$wav" ] || sox -n -r 16000 -c 1 -b 16 "$wav" synth 1800 pinknoise vol 0.003 >&2
  echo "$PWD/$wav"
}

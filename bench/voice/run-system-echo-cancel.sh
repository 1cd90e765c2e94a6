#!/usr/bin/env bash
# The sound server's echo canceller (PulseAudio's module-echo-cancel, WebRTC) against the app's own, on the cases of
# run-echo-benchmark.sh: the simulated rooms' microphone signals are played through a private PulseAudio (a null sink
# as the loudspeaker, another whose monitor is the microphone, the echo canceller between), its cancelled microphone
# recorded and heard by the app's recogniser; prints the table kept in bench/RESULTS.md. Argument: the command phrase
# (default stop). AEC_ARGS: the WebRTC canceller's arguments (default: its own, gain control off). WORKERS: cases
# played at once, each through its own sinks and canceller (default 8).
# Needs (installs nothing): apt-get install espeak-ng pulseaudio pulseaudio-utils gstreamer1.0-tools
#   gstreamer1.0-pulseaudio gstreamer1.0-plugins-good. Takes about 50 minutes on 2 cores; the sound runs in real time.
set -euo pipefail
cd "$(dirname "$0")/../.."
word=${1:-stop}
aec_args=${AEC_ARGS:-analog_gain_control=0 digital_gain_control=0}
workers=${WORKERS:-8}
for tool in espeak-ng pulseaudio pactl parec gst-launch-1.0; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: see the packages at the top of $0" >&2; exit 1; }
done

work=$PWD/target/system-echo-cancel
rm -rf "$work"
mkdir -p "$work"
classpath=$(sh bench/classpath.sh)
bench() {
  java -cp "$classpath" org.footcoach.listen.system.SystemEchoCancellerBenchmark "$@" \
    2> >(grep -v '^LOG (VoskAPI\|EchoCancellingSource\|^INFO: The loudspeaker' >&2)
}
bench write "$work" "$word"

# A private sound server, so nothing of the machine's own sound set-up is used or changed.
runtime=$(mktemp -d)
export PULSE_RUNTIME_PATH=$runtime PULSE_STATE_PATH=$runtime/state
echo "load-module module-native-protocol-unix" > "$runtime/bench.pa"
pulseaudio -n -F "$runtime/bench.pa" --exit-idle-time=-1 --daemonize=no --log-target="file:$work/pulseaudio.log" &
server=$!
trap 'kill "$server"; rm -rf "$runtime"' EXIT
for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
pactl info >/dev/null

# One case through worker $1's sinks: the app's counting into the loudspeaker (through the canceller of method $2, or
# none), the microphone signal into the virtual microphone, both in one GStreamer pipeline so they start on one clock;
# the cancelled microphone recorded from before they start to after they end. The sinks are made anew for each case:
# with sinks kept from one case to the next, the canceller loaded again took nothing out in about 60 % of the cases.
play_case() {
  local i=$1 method=$2 name=$3 out=$4 module="" sink="loudspeaker$1" source="vmic$1.monitor" sinks=()
  sinks+=("$(pactl load-module module-null-sink sink_name="loudspeaker$i" rate=16000 channels=1 format=s16le)")
  sinks+=("$(pactl load-module module-null-sink sink_name="vmic$i" rate=16000 channels=1 format=s16le)")
  if [ "$method" != none ]; then
    local args=()
    [ "$method" = webrtc ] && args=("aec_args=\"$aec_args\"")
    module=$(pactl load-module module-echo-cancel aec_method="$method" "${args[@]}" sink_master="loudspeaker$i" \
      source_master="vmic$i.monitor" sink_name="aec_sink$i" source_name="aec_source$i" rate=16000 channels=1 \
      format=s16le)
    sink=aec_sink$i
    source=aec_source$i
  fi
  parec -d "$source" --raw --format=s16le --rate=16000 --channels=1 --latency-msec=20 > "$out/$name.raw" &
  local recorder=$!
  sleep 0.3
  timeout 60 gst-launch-1.0 -q filesrc location="$work/played.wav" ! wavparse ! audioconvert ! pulsesink device="$sink" \
    filesrc location="$work/mic/$name.wav" ! wavparse ! audioconvert ! pulsesink device="vmic$i"
  sleep 0.5
  kill "$recorder"
  wait "$recorder" || [ $? -eq 143 ]
  if [ -n "$module" ]; then pactl unload-module "$module"; fi
  for module in "${sinks[@]}"; do pactl unload-module "$module"; done
}

# The cases named in file $2 through method $1, $workers at a time, recordings into $3.
play_all() {
  local method=$1 list=$2 out=$3 pids=()
  mkdir -p "$out"
  for ((w = 0; w < workers; w++)); do
    (sed -n "$((w + 1))~${workers}p" "$list" | while read -r name; do play_case "$w" "$method" "$name" "$out"; done) &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
}

server_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
case_seconds=$(( $(stat -c %s "$work/played.wav") / 32000 ))
# The server's CPU per second of sound played through it, in hundredths of a second (clock ticks).
ticks_per_second() {
  local method=$1 list=$2 out=$3 before
  before=$(server_ticks)
  play_all "$method" "$list" "$out"
  echo "$(( $(server_ticks) - before )) $(( $(wc -l < "$list") * case_seconds ))" \
    | awk '{printf "%.4f", $1 / $2}'
}

echo "Playing $(wc -l < "$work/cases.txt") cases through PulseAudio's WebRTC canceller, $workers at a time..." >&2
webrtc=$(ticks_per_second webrtc "$work/cases.txt" "$work/out")
head -n $((2 * workers)) "$work/cases.txt" > "$work/baseline.txt"
null=$(ticks_per_second null "$work/baseline.txt" "$work/baseline-null")
none=$(ticks_per_second none "$work/baseline.txt" "$work/baseline-none")
echo "Server CPU per second of sound (clock ticks): WebRTC $webrtc, the module with aec_method=null $null, no module $none" >&2
canceller=$(awk -v a="$webrtc" -v b="$null" 'BEGIN {printf "%.1f", a - b}')
module=$(awk -v a="$webrtc" -v b="$none" 'BEGIN {printf "%.1f", a - b}')
bench measure "$work" "$canceller (the whole module: $module)" "$word"
if grep -q 'underrun' "$work/pulseaudio.log"; then
  echo "The server logged underruns: the sound did not run smoothly; see $work/pulseaudio.log" >&2
fi

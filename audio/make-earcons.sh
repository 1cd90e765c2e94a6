#!/bin/sh
# Makes the earcons in this folder with sox: short, soft sine tones with gentle fades, 16 kHz mono 16-bit.
# Run from anywhere: sh audio/make-earcons.sh. The WAVs are committed; rerun only to change a sound.
set -eu
cd "$(dirname "$0")"

# tone FILE FREQ SECONDS: one sine tone with a 10 ms fade in and a longer fade out.
tone() {
  sox -q -n -r 16000 -b 16 -c 1 "$1" synth "$3" sine "$2" fade q 0.01 "$3" "$(echo "$3 / 2" | bc -l)"
}

# join OUT IN...: the tones one after another, levelled to a soft peak of -16 dBFS (RMS about -20 dBFS, just under speech at -18) (speech peaks near -1 dBFS).
join() {
  out="$1"; shift
  sox -q "$@" "$out" gain -n -16
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tone "$work/c5.wav" 523.25 0.14
tone "$work/e5.wav" 659.25 0.14
tone "$work/g5.wav" 783.99 0.14
tone "$work/g5long.wav" 783.99 0.28
tone "$work/c5long.wav" 523.25 0.28
tone "$work/a5.wav" 880 0.10
tone "$work/tick.wav" 1200 0.035
sox -q -n -r 16000 -b 16 -c 1 "$work/gap.wav" trim 0 0.04

join start.wav "$work/c5.wav" "$work/gap.wav" "$work/g5long.wav"
join hold-end.wav "$work/g5.wav" "$work/gap.wav" "$work/c5long.wav"
join side-switch.wav "$work/e5.wav" "$work/gap.wav" "$work/e5.wav"
join done.wav "$work/c5.wav" "$work/e5.wav" "$work/g5long.wav"
join heard-you.wav "$work/a5.wav"
sox -q "$work/tick.wav" rep-tick.wav gain -n -24

#!/usr/bin/env python3
"""Says every distinct caption of an exported routine with one flite voice and speed, for bench/VoiceClarity.java.

usage: python3 bench/voice/flite-variants.py CAPTIONS.vtt OUT_DIR NAME VOICE STRETCH
Writes OUT_DIR/NAME.wav (16 kHz mono, 0.5 s of silence between sentences) and OUT_DIR/NAME.vtt (their times).
VOICE is a flite voice (flite -lv); STRETCH is flite's duration_stretch (1 = normal, 1.15 = 15 % slower).
Needs flite and sox.
"""
import os
import subprocess
import sys
import wave

RATE = 16000
GAP_FRAMES = RATE // 2


def distinct_captions(vtt_path):
    texts = []
    for block in open(vtt_path, encoding='utf-8').read().split('\n\n')[1:]:
        lines = block.strip().split('\n')
        if len(lines) >= 3:
            text = ' '.join(lines[2:])
            if text not in texts:
                texts.append(text)
    return texts


def say(text, voice, stretch, wav_path):
    raw = wav_path + '.flite.wav'
    command = ['flite', '-voice', voice, '-o', raw, '-t', text]
    if stretch != '1':
        command[1:1] = ['--setf', 'duration_stretch=' + stretch]
    subprocess.run(command, check=True)
    subprocess.run(['sox', raw, '-r', str(RATE), '-c', '1', '-b', '16', wav_path], check=True)
    with wave.open(wav_path) as w:
        return w.readframes(w.getnframes()), w.getnframes()


def timestamp(seconds):
    return '%02d:%02d:%06.3f' % (seconds // 3600, seconds % 3600 // 60, seconds % 60)


def main(vtt_path, out_dir, name, voice, stretch):
    parts = os.path.join(out_dir, name)
    os.makedirs(parts, exist_ok=True)
    cues = []
    with wave.open(os.path.join(out_dir, name + '.wav'), 'wb') as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b'\0\0' * GAP_FRAMES)
        at = GAP_FRAMES
        for i, text in enumerate(distinct_captions(vtt_path)):
            frames, count = say(text, voice, stretch, os.path.join(parts, '%d.wav' % i))
            out.writeframes(frames)
            out.writeframes(b'\0\0' * GAP_FRAMES)
            cues.append((at / RATE, (at + count) / RATE, text))
            at += count + GAP_FRAMES
    with open(os.path.join(out_dir, name + '.vtt'), 'w', encoding='utf-8') as vtt:
        vtt.write('WEBVTT\n\n')
        for i, (start, end, text) in enumerate(cues):
            vtt.write('%d\n%s --> %s\n%s\n\n' % (i + 1, timestamp(start), timestamp(end), text))


if __name__ == '__main__':
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    main(*sys.argv[1:])

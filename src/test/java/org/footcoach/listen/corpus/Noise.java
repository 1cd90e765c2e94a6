package org.footcoach.listen.corpus;

import java.util.List;
import java.util.Random;

/** Background sound made with sox and espeak-ng, and mixing at a chosen signal-to-noise ratio. */
public final class Noise {

    private Noise() {
    }

    /** Steady household sound: a fan (pink noise), a fridge or traffic rumble that swells (brown noise), mains hum. */
    public static short[] household(int seconds, long seed) {
        short[] pink = Tools.rawPcm(sox(seconds, "pinknoise", seed) + " highpass 120");
        short[] brown = Tools.rawPcm(sox(seconds, "brownnoise", seed + 1) + " tremolo 0.3 60");
        short[] hum = Tools.rawPcm(sox(seconds, "sine 100", seed) + " vol 0.5");
        short[] out = new short[Math.min(pink.length, Math.min(brown.length, hum.length))];
        for (int i = 0; i < out.length; i++) {
            out[i] = clip(0.5 * pink[i] + 0.4 * brown[i] + 0.05 * hum[i]);
        }
        return out;
    }

    /** A microphone's own hiss: white noise. */
    public static short[] hiss(int seconds, long seed) {
        return Tools.rawPcm(sox(seconds, "whitenoise", seed));
    }

    /** Several people talking at once in the background (espeak-ng voices reading unrelated sentences). */
    public static short[] babble(int seconds) {
        List<String> talk = List.of(
                "I think the bus was late again this morning and it was raining",
                "Would you like some tea with milk or maybe a biscuit",
                "The doctor said the results will come in a week or so",
                "My grandson plays football on Saturdays at the park",
                "Have you seen the news about the weather this weekend",
                "We bought new curtains for the living room last month");
        String[] voices = {"en-us", "en-gb", "en-gb-scotland", "en-029"};
        short[] out = new short[seconds * 16_000];
        Random random = new Random(7);
        for (int v = 0; v < voices.length; v++) {
            int at = random.nextInt(8_000);
            while (at < out.length) {
                short[] s = new EspeakSpeaker(voices[v], 150 + 10 * v, 40 + 10 * v)
                        .say(talk.get(random.nextInt(talk.size())));
                for (int i = 0; i < s.length && at + i < out.length; i++) {
                    out[at + i] = clip(out[at + i] + 0.5 * s[i]);
                }
                at += s.length + random.nextInt(4_000);
            }
        }
        return out;
    }

    private static String sox(int seconds, String kind, long seed) {
        return "sox -R -n -r 16000 -e signed -b 16 -c 1 -t raw - synth " + seconds + " " + kind;
    }

    /** Adds {@code noise} (from {@code offset}, wrapping) to a copy of {@code u} at {@code snrDb} below the words. */
    public static Utterance mix(Utterance u, short[] noise, int offset, double snrDb) {
        double speech = rms(u.samples(), u.wordStartSample(), u.wordEndSample());
        double noiseRms = rms(noise, 0, noise.length);
        double gain = speech / (noiseRms * Math.pow(10, snrDb / 20));
        short[] out = new short[u.samples().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = clip(u.samples()[i] + gain * noise[(offset + i) % noise.length]);
        }
        return new Utterance(u.text(), u.speaker(), u.expected(), out, u.wordStartSample(), u.wordEndSample());
    }

    static double rms(short[] s, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) s[i] * s[i];
        }
        return Math.sqrt(sum / Math.max(1, to - from));
    }

    public static short clip(double v) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
    }
}

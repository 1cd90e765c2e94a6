package org.footcoach.listen.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.footcoach.listen.recognise.CommandGrammar;
import org.footcoach.session.Command;

/**
 * Builds the spoken test corpus: every command phrase and many decoys, said by several synthetic voices, with
 * silence around them. The words are the app's own grammar plus words outside it, which must come out as nothing.
 */
public final class VoiceCorpus {

    /** Said to the app, never a command: words outside the grammar, including near misses. */
    public static final List<String> OUTSIDE_GRAMMAR = List.of(
            "hello", "kitchen", "window", "coffee", "telephone", "what time is it", "I am tired", "thank you",
            "my feet hurt", "where are my glasses", "very good", "okay", "yes", "no", "maybe later", "breakfast",
            "the cat", "television", "hold on a second", "that is nice", "lovely weather", "slow down", "hurry up",
            "turn it up", "quiet please", "is it over", "nearly there", "potato", "newspaper", "garden",
            // near misses the grammar leaves out (they took commands' places when they were decoys)
            "a gun", "dawn", "after", "keep", "heel", "held", "late", "stuff", "part", "star", "master", "black", "top", "shop", "drop");

    private static final int LEAD_SAMPLES = 6_400;   // 0.4 s
    private static final int TAIL_SAMPLES = 14_400;  // 0.9 s: enough for Vosk's end-of-utterance silence

    private VoiceCorpus() {
    }

    /** espeak-ng's plain English voices (American, British, RP) at three speeds and pitches. */
    public static List<Speaker> mainEspeakSpeakers() {
        return espeak(new String[] {"en-us", "en-gb", "en-gb-x-rp"});
    }

    /** The voices of {@code VoiceCorpusTest}: the plain espeak-ng voices at two speeds, and FreeTTS. */
    public static List<Speaker> testSpeakers() {
        List<Speaker> s = new ArrayList<>();
        for (String voice : List.of("en-us", "en-gb", "en-gb-x-rp")) {
            s.add(new EspeakSpeaker(voice, 160, 50));
            s.add(new EspeakSpeaker(voice, 130, 35));
        }
        s.add(new FreeTtsSpeaker());
        return s;
    }

    /** espeak-ng's regional voices (Scottish, Caribbean, Lancaster): much less clear; reported apart. */
    public static List<Speaker> accentEspeakSpeakers() {
        return espeak(new String[] {"en-gb-scotland", "en-029", "en-gb-x-gbclan"});
    }

    private static List<Speaker> espeak(String[] voices) {
        int[][] speedPitch = {{160, 50}, {130, 35}, {195, 65}};
        List<Speaker> out = new ArrayList<>();
        for (int[] sp : speedPitch) {
            for (String v : voices) {
                out.add(new EspeakSpeaker(v, sp[0], sp[1]));
            }
        }
        return out;
    }

    /** Every command phrase by every speaker. */
    public static List<Utterance> commands(CommandGrammar grammar, List<Speaker> speakers) {
        List<Utterance> out = new ArrayList<>();
        for (Speaker s : speakers) {
            for (Map.Entry<String, Command> e : grammar.commandPhrases().entrySet()) {
                out.add(utterance(s, e.getKey(), e.getValue()));
            }
        }
        return out;
    }

    /** {@code count} decoys: the grammar's decoys and words outside it, spread round the speakers. */
    public static List<Utterance> decoys(CommandGrammar grammar, List<Speaker> speakers, int count) {
        List<String> words = new ArrayList<>(grammar.decoyPhrases());
        words.addAll(OUTSIDE_GRAMMAR);
        List<Utterance> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(utterance(speakers.get(i % speakers.size()), words.get((i * 7) % words.size()), null));
        }
        return out;
    }

    /**
     * Utterances one after the other in one recording, as a live microphone hears them; its words are the last
     * utterance's, so noise mixed into it is measured against that word.
     */
    public static Utterance inOneStream(List<Utterance> utterances) {
        short[] all = new short[utterances.stream().mapToInt(u -> u.samples().length).sum()];
        int at = 0;
        for (Utterance u : utterances) {
            System.arraycopy(u.samples(), 0, all, at, u.samples().length);
            at += u.samples().length;
        }
        Utterance last = utterances.get(utterances.size() - 1);
        int lastFrom = all.length - last.samples().length;
        return new Utterance(last.text(), last.speaker(), last.expected(), all, lastFrom + last.wordStartSample(),
                lastFrom + last.wordEndSample());
    }

    public static Utterance utterance(Speaker speaker, String text, Command expected) {
        short[] raw = speaker.say(text);
        int[] span = voicedSpan(raw);
        int length = span[1] - span[0];
        short[] out = new short[LEAD_SAMPLES + length + TAIL_SAMPLES];
        System.arraycopy(raw, span[0], out, LEAD_SAMPLES, length);
        return new Utterance(text, speaker.name(), expected, out, LEAD_SAMPLES, LEAD_SAMPLES + length);
    }

    /** First and last 10 ms window louder than 3 % of the peak. */
    static int[] voicedSpan(short[] s) {
        int peak = 1;
        for (short v : s) {
            peak = Math.max(peak, Math.abs(v));
        }
        int window = 160;
        int first = -1;
        int last = -1;
        for (int w = 0; w + window <= s.length; w += window) {
            if (Noise.rms(s, w, w + window) > 0.03 * peak) {
                first = first < 0 ? w : first;
                last = w + window;
            }
        }
        if (first < 0) {
            throw new IllegalStateException("The synthetic voice produced silence");
        }
        return new int[] {first, last};
    }
}

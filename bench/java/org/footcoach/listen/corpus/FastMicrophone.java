package org.footcoach.listen.corpus;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.footcoach.listen.recognise.CommandGrammar;
import org.footcoach.listen.recognise.HeardCommand;

/**
 * Measurement aid (bench/voice/run-fast-microphone.sh): a microphone that records only at 48 kHz, as
 * {@code MicrophoneSource} turns it into 16 kHz. The test corpus's espeak-ng voices (made at 22.05 kHz, so with sound
 * up to 11 kHz) in one stream at 48 kHz with white hiss, brought down to 16 kHz by Java Sound's default conversion,
 * by its "sinc" conversion (what the app asks for), and by sox's best, then recognised as in {@link OneStream}.
 *
 * <p>Arguments: the hiss's standard deviation in 16-bit steps, one or more.
 */
public final class FastMicrophone {
    private static final int RATE = 48_000;
    private static final int LEAD = RATE * 4 / 10;
    private static final int TAIL = RATE * 9 / 10;

    private record Said(String text, EspeakSpeaker speaker, String expected) {
    }

    public static void main(String[] args) throws Exception {
        CommandGrammar grammar = CommandGrammar.standard();
        List<EspeakSpeaker> speakers = new ArrayList<>();
        for (String voice : List.of("en-us", "en-gb", "en-gb-x-rp")) {
            speakers.add(new EspeakSpeaker(voice, 160, 50));
            speakers.add(new EspeakSpeaker(voice, 130, 35));
        }
        List<Said> commands = new ArrayList<>();
        for (EspeakSpeaker s : speakers) {
            grammar.commandPhrases().forEach((phrase, command) -> commands.add(new Said(phrase, s, command.name())));
        }
        List<String> words = new ArrayList<>(grammar.decoyPhrases());
        words.addAll(VoiceCorpus.OUTSIDE_GRAMMAR);
        List<Said> decoys = new ArrayList<>();
        for (EspeakSpeaker s : speakers) {
            for (int i = speakers.indexOf(s); i < 150; i += speakers.size()) {
                decoys.add(new Said(words.get((i * 7) % words.size()), s, ""));
            }
        }
        for (String arg : args) {
            double hiss = Double.parseDouble(arg);
            for (List<Said> set : List.of(commands, decoys)) {
                report(set, hiss, set == commands ? "commands lost" : "decoys accepted");
            }
        }
    }

    private static void report(List<Said> set, double hiss, String what) throws Exception {
        List<short[]> parts = new ArrayList<>();
        long[] wordStartMillis = new long[set.size()];
        int total = 0;
        for (int i = 0; i < set.size(); i++) {
            EspeakSpeaker sp = set.get(i).speaker();
            short[] raw = Tools.rawPcm("espeak-ng --stdout -v " + sp.voice() + " -s " + sp.wordsPerMinute() + " -p "
                    + sp.pitch() + " " + Tools.quote(set.get(i).text())
                    + " | sox -t wav - -t raw -r " + RATE + " -e signed -b 16 -c 1 -");
            int[] span = VoiceCorpus.voicedSpan(raw);
            short[] u = new short[LEAD + span[1] - span[0] + TAIL];
            System.arraycopy(raw, span[0], u, LEAD, span[1] - span[0]);
            wordStartMillis[i] = (total + LEAD) * 1000L / RATE;
            total += u.length;
            parts.add(u);
        }
        short[] stream = new short[total];
        int at = 0;
        Random random = new Random(11);
        for (short[] p : parts) {
            for (short v : p) {
                stream[at++] = Noise.clip(v + hiss * random.nextGaussian());
            }
        }
        Map<String, short[]> ways = Map.of("Java Sound default", javaSound(stream, null),
                "Java Sound sinc", javaSound(stream, "sinc"), "sox rate -v", sox(stream));
        for (String way : List.of("Java Sound default", "Java Sound sinc", "sox rate -v")) {
            List<List<HeardCommand>> heard = new ArrayList<>();
            set.forEach(s -> heard.add(new ArrayList<>()));
            for (HeardCommand h : SharedRecognition.get().run(new Utterance("", "", null, ways.get(way), 0, 0))
                    .heard()) {
                int word = 0;
                while (word + 1 < wordStartMillis.length && wordStartMillis[word + 1] <= h.streamMillis()) {
                    word++;
                }
                heard.get(word).add(h);
            }
            int wrong = 0;
            for (int i = 0; i < set.size(); i++) {
                List<HeardCommand> h = heard.get(i);
                String expected = set.get(i).expected();
                boolean right = expected.isEmpty() ? h.isEmpty()
                        : h.size() == 1 && h.get(0).command().name().equals(expected);
                wrong += right ? 0 : 1;
            }
            System.out.printf("hiss sigma %.0f at 48 kHz, %s: %s %d of %d%n", hiss, way, what, wrong, set.size());
        }
    }

    private static short[] javaSound(short[] in, String interpolation) throws Exception {
        Map<String, Object> properties = new HashMap<>();
        if (interpolation != null) {
            properties.put("interpolation", interpolation);
        }
        AudioFormat to = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, 16_000f, 16, 1, 2, 16_000f, false,
                properties);
        AudioInputStream from = new AudioInputStream(new ByteArrayInputStream(Tools.toBytes(in, 0, in.length)),
                new AudioFormat(RATE, 16, 1, true, false), in.length);
        byte[] out = AudioSystem.getAudioInputStream(to, from).readAllBytes();
        short[] s = new short[out.length / 2];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) ((out[2 * i] & 0xff) | (out[2 * i + 1] << 8));
        }
        return s;
    }

    private static short[] sox(short[] in) throws Exception {
        java.nio.file.Path raw = java.nio.file.Files.createTempFile("fast-microphone", ".raw");
        try {
            java.nio.file.Files.write(raw, Tools.toBytes(in, 0, in.length));
            return Tools.rawPcm("sox -t raw -r " + RATE + " -e signed -b 16 -c 1 " + raw
                    + " -t raw -r 16000 -e signed -b 16 -c 1 - rate -v");
        } finally {
            java.nio.file.Files.delete(raw);
        }
    }
}

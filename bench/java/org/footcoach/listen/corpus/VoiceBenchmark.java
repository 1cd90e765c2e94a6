package org.footcoach.listen.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.footcoach.listen.AudioSource;
import org.footcoach.listen.recognise.CommandGrammar;
import org.footcoach.listen.recognise.HeardCommand;
import org.footcoach.listen.recognise.RecognitionThresholds;

/**
 * The voice benchmark ({@code bench/voice/run-benchmark.sh}): builds the corpus (written to
 * {@code target/voice-corpus/}), runs it clean and with noise through the real recogniser, prints a Markdown table.
 */
public final class VoiceBenchmark {

    public static void main(String[] args) throws IOException {
        Tools.require("espeak-ng");
        Tools.require("sox");
        CommandGrammar grammar = CommandGrammar.standard();
        Recognition recognition = new Recognition(Recognition.testModel(), grammar, RecognitionThresholds.measured());
        List<Speaker> main = new ArrayList<>(VoiceCorpus.mainEspeakSpeakers());
        main.add(new FreeTtsSpeaker());
        List<Speaker> accents = VoiceCorpus.accentEspeakSpeakers();
        List<Utterance> mainCommands = VoiceCorpus.commands(grammar, main);
        List<Utterance> accentCommands = VoiceCorpus.commands(grammar, accents);
        List<Utterance> decoys = new ArrayList<>(VoiceCorpus.decoys(grammar, main, mainCommands.size()));
        decoys.addAll(VoiceCorpus.decoys(grammar, accents, accentCommands.size()));
        writeCorpus(Path.of("target", "voice-corpus"), mainCommands, accentCommands, decoys);
        System.out.printf(Locale.ROOT, "Corpus: %d commands by %d main voices, %d by %d regional voices, %d decoys.%n%n",
                mainCommands.size(), main.size(), accentCommands.size(), accents.size(), decoys.size());

        short[] household = Noise.household(120, 11);
        short[] babble = Noise.babble(120);
        System.out.println("| condition | commands right (main voices) | commands right (regional voices) "
                + "| decoys accepted | latency after word end: median / p90 / max (ms) | decided from partial |");
        System.out.println("|---|---|---|---|---|---|");
        row(recognition, "clean", u -> u, mainCommands, accentCommands, decoys);
        row(recognition, "household noise 10 dB", mix(household, 10), mainCommands, accentCommands, decoys);
        row(recognition, "household noise 5 dB", mix(household, 5), mainCommands, accentCommands, decoys);
        row(recognition, "babble (4 talkers) 10 dB", mix(babble, 10), mainCommands, accentCommands, decoys);

        short[] steady = Noise.household(600, 5);
        int fromNoise = recognition.run(new Utterance("noise", "none", null, steady, 0, 0)).heard().size();
        System.out.printf(Locale.ROOT, "%nCommands from 10 minutes of steady household noise: %d%n", fromNoise);
        talkNearby(recognition);
    }

    /** People talking near the microphone, not to the app: every command heard from them is a false one. */
    private static void talkNearby(Recognition recognition) {
        Conversation talk = Conversation.between(List.of(
                List.of(new EspeakSpeaker("en-us", 160, 50), new EspeakSpeaker("en-gb", 150, 40)),
                List.of(new EspeakSpeaker("en-gb-x-rp", 170, 60), new EspeakSpeaker("en-us", 130, 35)),
                List.of(new FreeTtsSpeaker(), new EspeakSpeaker("en-gb-scotland", 150, 45))));
        short[] samples = talk.samples();
        Utterance room = Noise.mix(new Utterance("conversation", "two people", null, samples, 0, samples.length),
                Noise.household(60, 9), 0, 40);
        List<HeardCommand> heard = recognition.run(room).heard();
        System.out.printf(Locale.ROOT, "Commands from %.1f minutes of two people talking nearby, not to the app: %d%n",
                samples.length / 16_000.0 / 60, heard.size());
        for (HeardCommand h : heard) {
            Conversation.Line line = talk.lineAt(h.saidFromMillis());
            System.out.printf(Locale.ROOT, "- %s (\"%s\"%s) at %d:%02d, in %s: \"%s\"%n", h.command().logName(),
                    h.phrase(), h.fromPartial() ? ", partial" : "", h.saidFromMillis() / 60_000,
                    h.saidFromMillis() / 1000 % 60, line.speaker(), line.text());
        }
        List<HeardCommand> fromBabble = recognition.run(new Utterance("babble", "four people", null,
                Noise.babble(600), 0, 0)).heard();
        System.out.printf(Locale.ROOT, "Commands from 10 minutes of four people talking at once, not to the app: %d%s%n",
                fromBabble.size(), fromBabble.stream().map(h -> h.command().logName()).toList());
    }

    private static UnaryOperator<Utterance> mix(short[] noise, double snr) {
        int[] k = {0};
        return u -> Noise.mix(u, noise, (k[0]++ * 7919) % noise.length, snr);
    }

    private static void row(Recognition recognition, String condition, UnaryOperator<Utterance> treat,
                            List<Utterance> main, List<Utterance> accents, List<Utterance> decoys) {
        List<Recognition.Outcome> m = recognition.runInTurn(main.stream().map(treat).toList());
        List<Recognition.Outcome> a = recognition.runInTurn(accents.stream().map(treat).toList());
        List<Recognition.Outcome> d = recognition.runInTurn(decoys.stream().map(treat).toList());
        List<Long> latencies = new ArrayList<>();
        long partial = 0;
        long right = 0;
        for (Recognition.Outcome o : m) {
            if (o.right()) {
                right++;
                // Stream time after the word, plus the longest time one 20 ms chunk took to process.
                latencies.add(Math.max(0, o.latencyMillis()) + o.maxChunkNanos() / 1_000_000);
                partial += o.heard().get(0).fromPartial() ? 1 : 0;
            }
        }
        latencies.sort(null);
        long accepted = d.stream().filter(o -> !o.right()).count();
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %d / %d / %d | %d of %d |%n", condition,
                ratio(right, m.size()), ratio(a.stream().filter(Recognition.Outcome::right).count(), a.size()),
                ratio(accepted, d.size()), latencies.get(latencies.size() / 2),
                latencies.get((int) (latencies.size() * 0.9)), latencies.get(latencies.size() - 1), partial, right);
    }

    private static String ratio(long n, long of) {
        return String.format(Locale.ROOT, "%.1f %% (%d/%d)", 100.0 * n / of, n, of);
    }

    private static void writeCorpus(Path dir, List<Utterance> main, List<Utterance> accents, List<Utterance> decoys)
            throws IOException {
        Files.createDirectories(dir);
        int i = 0;
        for (List<Utterance> list : List.of(main, accents, decoys)) {
            for (Utterance u : list) {
                String name = String.format(Locale.ROOT, "%04d-%s-%s-%s.wav", i++,
                        u.isDecoy() ? "decoy" : u.expected().logName(), u.text(), u.speaker())
                        .replaceAll("[^A-Za-z0-9.-]+", "_");
                byte[] pcm = Tools.toBytes(u.samples(), 0, u.samples().length);
                AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), AudioSource.FORMAT,
                        u.samples().length), AudioFileFormat.Type.WAVE, dir.resolve(name).toFile());
            }
        }
    }
}

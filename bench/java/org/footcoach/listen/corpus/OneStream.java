package org.footcoach.listen.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.footcoach.listen.recognise.CommandGrammar;
import org.footcoach.listen.recognise.HeardCommand;

/**
 * Measurement aid (bench/voice/run-one-stream.sh): the corpus as a live microphone hears it. Every command, and then
 * every decoy, one voice at a time, one after the other in one stream (1.3 s between words), with white hiss under
 * it, fed to one recogniser. A command counts for the word whose start came last before it was decided.
 *
 * <p>Arguments: {@code main|test} (the benchmark's main voices, or the test corpus's), the hiss's standard deviation
 * in 16-bit steps, then word levels (RMS in 16-bit steps; 0 keeps the corpus's level). {@code -Dbabble=10} lays the
 * corpus's four people talking at once under the whole stream, unbroken, 10 dB under each word as in the corpus's
 * babble row (where each utterance is heard alone).
 */
public final class OneStream {

    public static void main(String[] args) {
        CommandGrammar grammar = CommandGrammar.standard();
        boolean test = args[0].equals("test");
        List<Speaker> speakers = new ArrayList<>(test ? VoiceCorpus.testSpeakers() : VoiceCorpus.mainEspeakSpeakers());
        if (!test) {
            speakers.add(new FreeTtsSpeaker());
        }
        double hiss = Double.parseDouble(args[1]);
        List<Utterance> commands = VoiceCorpus.commands(grammar, speakers);
        // One voice at a time, as in a session: the corpus deals the decoys round the voices.
        List<Utterance> decoys = VoiceCorpus.decoys(grammar, speakers, test ? 150 : 380).stream()
                .sorted(Comparator.comparing(Utterance::speaker)).toList();
        for (int i = 2; i < args.length; i++) {
            double level = Double.parseDouble(args[i]);
            List<String> wrong = wrong(commands, level, hiss);
            List<String> accepted = wrong(decoys, level, hiss);
            System.out.printf(
                    "%s voices, hiss sigma %.0f, word level %s: commands lost %d of %d, decoys accepted %d of %d%n",
                    args[0], hiss, level == 0 ? "as in the corpus" : String.format("RMS %.0f", level), wrong.size(),
                    commands.size(), accepted.size(), decoys.size());
            wrong.forEach(w -> System.out.println("  " + w));
            accepted.forEach(w -> System.out.println("  " + w));
        }
    }

    /** What went wrong for each utterance heard in one stream, as "speaker: text -> commands heard". */
    private static List<String> wrong(List<Utterance> utterances, double level, double hiss) {
        List<Utterance> levelled = utterances.stream().map(u -> atLevel(u, level)).toList();
        short[] stream = VoiceCorpus.inOneStream(levelled).samples();
        Random random = new Random(11);
        long[] wordStartMillis = new long[levelled.size()];
        int at = 0;
        for (int i = 0; i < levelled.size(); i++) {
            wordStartMillis[i] = (at + levelled.get(i).wordStartSample()) / 16;
            at += levelled.get(i).samples().length;
        }
        for (int k = 0; k < stream.length; k++) {
            stream[k] = Noise.clip(stream[k] + hiss * random.nextGaussian());
        }
        List<List<HeardCommand>> heard = new ArrayList<>();
        levelled.forEach(u -> heard.add(new ArrayList<>()));
        String babbleDb = System.getProperty("babble", "");
        if (!babbleDb.isBlank()) {
            stream = underBabble(levelled, Double.parseDouble(babbleDb));
        }
        for (HeardCommand h : SharedRecognition.get().run(new Utterance("", "", null, stream, 0, 0)).heard()) {
            int word = 0;
            while (word + 1 < wordStartMillis.length && wordStartMillis[word + 1] <= h.streamMillis()) {
                word++;
            }
            heard.get(word).add(h);
        }
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < levelled.size(); i++) {
            Utterance u = levelled.get(i);
            List<HeardCommand> h = heard.get(i);
            boolean right = u.isDecoy() ? h.isEmpty() : h.size() == 1 && h.get(0).command() == u.expected();
            if (!right) {
                wrong.add(u.speaker() + ": " + u.text() + " -> " + h.stream().map(HeardCommand::phrase).toList());
            }
        }
        return wrong;
    }

    /** The utterances one after the other, each with the babble that many dB under its word, the babble unbroken. */
    private static short[] underBabble(List<Utterance> utterances, double snrDb) {
        short[] babble = Noise.babble(120);
        List<Utterance> mixed = new ArrayList<>();
        int at = 0;
        for (Utterance u : utterances) {
            mixed.add(Noise.mix(u, babble, at % babble.length, snrDb));
            at += u.samples().length;
        }
        return VoiceCorpus.inOneStream(mixed).samples();
    }

    private static Utterance atLevel(Utterance u, double level) {
        if (level <= 0) {
            return u;
        }
        double gain = level / Noise.rms(u.samples(), u.wordStartSample(), u.wordEndSample());
        short[] out = new short[u.samples().length];
        for (int k = 0; k < out.length; k++) {
            out[k] = Noise.clip(u.samples()[k] * gain);
        }
        return new Utterance(u.text(), u.speaker(), u.expected(), out, u.wordStartSample(), u.wordEndSample());
    }
}

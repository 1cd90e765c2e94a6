package org.footcoach.listen.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.footcoach.listen.recognise.CommandGrammar;
import org.footcoach.listen.recognise.VoiceModel;
import org.footcoach.session.Command;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * Measurement aid for {@code bench/voice/sweep-thresholds.py}: for each utterance, when each partial appeared and what
 * the final result said, with word confidences ({@code R@}) and with Vosk's n-best list ({@code A@}, from a second
 * recogniser fed the same audio).
 *
 * <p>Arguments: {@code main|accent}, a condition ({@code clean}, an SNR in dB for household noise, or
 * {@code babbleN} for babble at N dB), optionally a model directory. {@code -Dtrace.extraDecoys=a,b} adds decoys to
 * the grammar heard (the corpus stays the standard one, so grammars can be compared); {@code -Dtrace.every=K}
 * keeps every K-th utterance.
 */
public final class Trace {
    public static void main(String[] args) throws Exception {
        CommandGrammar standard = CommandGrammar.standard();
        Set<String> decoys = new LinkedHashSet<>(standard.decoyPhrases());
        String extra = System.getProperty("trace.extraDecoys", "");
        Arrays.stream(extra.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(decoys::add);
        CommandGrammar heard = new CommandGrammar(standard.commandPhrases(), decoys);
        int every = Integer.getInteger("trace.every", 1);
        Model model = args.length > 2 ? VoiceModel.loadNow(Path.of(args[2])).await() : Recognition.testModel();
        List<Speaker> speakers = new ArrayList<>(args[0].equals("accent") ? VoiceCorpus.accentEspeakSpeakers()
                : VoiceCorpus.mainEspeakSpeakers());
        if (!args[0].equals("accent")) {
            speakers.add(new FreeTtsSpeaker());
        }
        List<Utterance> all = new ArrayList<>(VoiceCorpus.commands(standard, speakers));
        all.addAll(VoiceCorpus.decoys(standard, speakers, all.size()));
        short[] noise = null;
        double snr = 99;
        if (args[1].startsWith("babble")) {
            noise = Noise.babble(60);
            snr = Double.parseDouble(args[1].substring("babble".length()));
        } else if (!args[1].equals("clean")) {
            noise = Noise.household(60, 1);
            snr = Double.parseDouble(args[1]);
        }
        int k = 0;
        for (int i = 0; i < all.size(); i += every) {
            Utterance u0 = all.get(i);
            Utterance u = noise == null ? u0 : Noise.mix(u0, noise, (k++ * 9973) % noise.length, snr);
            StringBuilder line = new StringBuilder();
            Command exp = u.expected();
            line.append(exp == null ? "DECOY" : exp.name()).append('\t').append(u.text()).append('\t').append(u.speaker())
                .append('\t').append(u.wordEndMillis()).append('\t');
            try (Recognizer r = new Recognizer(model, 16000f, heard.toVoskJson());
                 Recognizer nbest = new Recognizer(model, 16000f, heard.toVoskJson())) {
                r.setWords(true);
                nbest.setWords(true);
                nbest.setMaxAlternatives(5);
                short[] s = u.samples();
                String last = "";
                for (int at = 0; at < s.length; at += 320) {
                    byte[] b = Tools.toBytes(s, at, Math.min(s.length, at + 320));
                    long ms = Math.min(s.length, at + 320) / 16;
                    boolean endA = nbest.acceptWaveForm(b, b.length);
                    if (r.acceptWaveForm(b, b.length)) {
                        line.append("R@").append(ms).append(' ').append(flat(r.getResult())).append('\t');
                        line.append("A@").append(ms).append(' ').append(flat(endA ? nbest.getResult()
                                : nbest.getFinalResult())).append('\t');
                    } else {
                        if (endA) {
                            nbest.getResult();
                        }
                        String p = flat(r.getPartialResult());
                        if (!p.equals(last)) {
                            line.append("P@").append(ms).append(' ').append(p).append('\t');
                            last = p;
                        }
                    }
                }
                line.append("F@").append(s.length / 16).append(' ').append(flat(r.getFinalResult())).append('\t');
                line.append("A@").append(s.length / 16).append(' ').append(flat(nbest.getFinalResult()));
            }
            System.out.println(line);
        }
    }

    private static String flat(String json) {
        return json.replaceAll("\\s+", " ");
    }
}

package org.footcoach.listen.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.footcoach.listen.CommandGrammar;
import org.footcoach.listen.VoiceModel;
import org.footcoach.session.Command;
import org.vosk.Model;
import org.vosk.Recognizer;

/** Measurement aid: for each utterance, when each partial appeared and what the final result said, with confidences. */
public final class Trace {
    public static void main(String[] args) throws Exception {
        CommandGrammar g = CommandGrammar.standard();
        Model model = args.length > 2 ? VoiceModel.loadNow(Path.of(args[2])).await() : Recognition.testModel();
        List<Speaker> speakers = new ArrayList<>(args[0].equals("accent") ? VoiceCorpus.accentEspeakSpeakers()
                : VoiceCorpus.mainEspeakSpeakers());
        if (!args[0].equals("accent")) {
            speakers.add(new FreeTtsSpeaker());
        }
        List<Utterance> all = new ArrayList<>(VoiceCorpus.commands(g, speakers));
        all.addAll(VoiceCorpus.decoys(g, speakers, all.size()));
        double snr = Double.parseDouble(args[1]);
        short[] noise = snr < 99 ? Noise.household(60, 1) : null;
        int k = 0;
        for (Utterance u0 : all) {
            Utterance u = noise == null ? u0 : Noise.mix(u0, noise, (k++ * 9973) % noise.length, snr);
            StringBuilder line = new StringBuilder();
            Command exp = u.expected();
            line.append(exp == null ? "DECOY" : exp.name()).append('\t').append(u.text()).append('\t').append(u.speaker())
                .append('\t').append(u.wordEndMillis()).append('\t');
            try (Recognizer r = new Recognizer(model, 16000f, g.toVoskJson())) {
                r.setWords(true);
                short[] s = u.samples();
                String last = "";
                for (int at = 0; at < s.length; at += 320) {
                    byte[] b = Tools.toBytes(s, at, Math.min(s.length, at + 320));
                    long ms = Math.min(s.length, at + 320) / 16;
                    if (r.acceptWaveForm(b, b.length)) {
                        line.append("R@").append(ms).append(' ').append(r.getResult().replaceAll("\\s+", " ")).append('\t');
                    } else {
                        String p = r.getPartialResult().replaceAll("\\s+", " ");
                        if (!p.equals(last)) {
                            line.append("P@").append(ms).append(' ').append(p).append('\t');
                            last = p;
                        }
                    }
                }
                line.append("F@").append(s.length / 16).append(' ').append(r.getFinalResult().replaceAll("\\s+", " "));
            }
            System.out.println(line);
        }
    }
}

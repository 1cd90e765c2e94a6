import org.footcoach.speech.Loudness;
import org.footcoach.speech.Pcm;
import org.footcoach.speech.Voice;
import org.footcoach.speech.VoiceCatalog;

/**
 * Per-voice figures measured in one run (not a test): time to load, time per sentence and per count word, and the
 * level of the result. Run: java -cp target/classes:$(cat target/bench-classpath.txt) bench/VoiceSpeed.java
 */
public class VoiceSpeed {
    private static final String SENTENCE = "Lift one foot a little off the floor.";
    private static final String COUNT = "Seven";
    private static final int ROUNDS = 10;

    public static void main(String[] args) {
        VoiceCatalog catalog = VoiceCatalog.detect();
        System.out.println("installed voices, clearest first: " + catalog.names() + "; default "
                + catalog.defaultName());
        for (String name : catalog.names()) {
            long load = System.nanoTime();
            Voice voice = catalog.voice(name);
            Pcm warmUp = voice.render(SENTENCE);
            double loadMs = (System.nanoTime() - load) / 1e6;
            long t = System.nanoTime();
            Pcm sentence = warmUp;
            for (int i = 0; i < ROUNDS; i++) {
                sentence = voice.render(SENTENCE);
            }
            double sentenceMs = (System.nanoTime() - t) / 1e6 / ROUNDS;
            t = System.nanoTime();
            Pcm count = null;
            for (int i = 0; i < ROUNDS; i++) {
                count = voice.render(COUNT);
            }
            double countMs = (System.nanoTime() - t) / 1e6 / ROUNDS;
            System.out.printf("%-8s first render %5.0f ms | sentence %4.0f ms -> %d ms audio, %.1f dBFS voiced, peak %d"
                            + " | \"%s\" %3.0f ms -> %d ms audio%n", name, loadMs, sentenceMs, sentence.millis(),
                    Loudness.voicedRmsDbfs(sentence), sentence.peak(), COUNT, countMs, count.millis());
        }
    }
}

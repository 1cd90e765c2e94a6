import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.vosk.LogLevel;
import org.vosk.LibVosk;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * How well a listener understands the app's voice, measured in one run (not a test): the Vosk small English model,
 * free vocabulary (no grammar), hears every distinct sentence of an exported routine, cut from the WAV at its VTT
 * caption times; the word error rate compares what it heard with the caption. A machine listener is only a
 * stand-in for a person, but words it mishears ("sturdy" heard as "undisturbed") are the ones to reword.
 *
 * <p>Run with bench/voice-clarity.sh, or: java -cp VOSK_JAR:JNA_JAR bench/VoiceClarity.java MODEL_DIR LABEL WAV VTT
 * [LABEL WAV VTT ...]. MODEL_DIR is the unpacked model (the {@code assets/model-en-us} folder of the
 * {@code com.alphacephei:vosk-model-en} aar).
 */
public class VoiceClarity {
    private static final Pattern TIMING = Pattern.compile(
            "(\\d+):(\\d\\d):(\\d\\d)\\.(\\d{3}) --> (\\d+):(\\d\\d):(\\d\\d)\\.(\\d{3})");
    private static final Pattern RESULT_TEXT = Pattern.compile("\"text\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern COUNT_WORD = Pattern.compile(
            "(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                    + "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty)( \\w+)?");
    private static final int PAD_MILLIS = 120;
    private static final int WORST_SHOWN = 12;

    record Caption(long startMillis, long endMillis, String text) {
    }

    /**
     * Words a listener cannot tell apart by ear: the machine listener writes the commoner spelling ("for" for
     * "Four"), which is not a word misheard. The second WER counts each group as one word.
     */
    private static final List<List<String>> SOUND_ALIKE = List.of(
            List.of("four", "for", "fore"), List.of("two", "to", "too"), List.of("one", "won"),
            List.of("eight", "ate"), List.of("heel", "he'll", "heal"), List.of("heels", "heals"),
            List.of("toe", "tow"), List.of("toes", "tows"), List.of("rolls", "roles"), List.of("sole", "soul"),
            List.of("sore", "soar"), List.of("sores", "soars"), List.of("feet", "feat"), List.of("wait", "weight"),
            List.of("pause", "paws"), List.of("cannot", "can not"));

    record Heard(String text, String reference, String hypothesis, int words, int errors, int errorsByEar) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || (args.length - 1) % 3 != 0) {
            System.err.println("usage: VoiceClarity MODEL_DIR LABEL WAV VTT [LABEL WAV VTT ...]");
            System.exit(2);
        }
        LibVosk.setLogLevel(LogLevel.WARNINGS);
        try (Model model = new Model(args[0])) {
            for (int i = 1; i < args.length; i += 3) {
                report(args[i], measure(model, Path.of(args[i + 1]), Path.of(args[i + 2])));
            }
        }
    }

    static List<Heard> measure(Model model, Path wav, Path vtt) throws IOException, UnsupportedAudioFileException {
        byte[] pcm = readPcm(wav);
        Map<String, Caption> distinct = new LinkedHashMap<>();
        for (Caption c : captions(vtt)) {
            distinct.putIfAbsent(c.text(), c);
        }
        List<Heard> heard = new ArrayList<>();
        for (Caption c : distinct.values()) {
            int from = Math.max(0, (int) (c.startMillis() - PAD_MILLIS) * 32);
            int to = Math.min(pcm.length, (int) (c.endMillis() + PAD_MILLIS) * 32);
            String hypothesis;
            try (Recognizer recognizer = new Recognizer(model, 16000f)) {
                recognizer.acceptWaveForm(java.util.Arrays.copyOfRange(pcm, from, to), to - from);
                Matcher m = RESULT_TEXT.matcher(recognizer.getFinalResult());
                hypothesis = m.find() ? m.group(1) : "";
            }
            String reference = normal(c.text());
            List<String> ref = words(reference);
            heard.add(new Heard(c.text(), reference, hypothesis, ref.size(), editDistance(ref, words(hypothesis)),
                    editDistance(words(byEar(reference)), words(byEar(hypothesis)))));
        }
        return heard;
    }

    static void report(String label, List<Heard> heard) {
        List<Heard> sentences = heard.stream().filter(h -> !COUNT_WORD.matcher(h.reference()).matches()).toList();
        List<Heard> counts = heard.stream().filter(h -> COUNT_WORD.matcher(h.reference()).matches()).toList();
        System.out.printf(Locale.ROOT, "%s: sentences %s; count words %s; all %s%n", label, rate(sentences),
                rate(counts), rate(heard));
        sentences.stream().filter(h -> h.errors() > 0)
                .sorted((a, b) -> Double.compare((double) b.errors() / b.words(), (double) a.errors() / a.words()))
                .limit(WORST_SHOWN)
                .forEach(h -> System.out.printf(Locale.ROOT, "  %d/%d  \"%s\" heard \"%s\"%n", h.errors(), h.words(),
                        h.text(), h.hypothesis()));
        counts.stream().filter(h -> h.errors() > 0).forEach(h -> System.out.printf(Locale.ROOT,
                "  count \"%s\" heard \"%s\"%n", h.text(), h.hypothesis()));
    }

    /** Word error rate (and by ear, sound-alikes as one) and how many of the sentences were heard exactly. */
    static String rate(List<Heard> heard) {
        int words = heard.stream().mapToInt(Heard::words).sum();
        int errors = heard.stream().mapToInt(Heard::errors).sum();
        int byEar = heard.stream().mapToInt(Heard::errorsByEar).sum();
        long exact = heard.stream().filter(h -> h.errors() == 0).count();
        return String.format(Locale.ROOT, "WER %.1f %% (%d/%d words; by ear %.1f %%, %d), %d of %d heard exactly",
                100.0 * errors / Math.max(1, words), errors, words, 100.0 * byEar / Math.max(1, words), byEar, exact,
                heard.size());
    }

    /** Each sound-alike written as the first of its group ("can not" as "cannot"). */
    static String byEar(String normalText) {
        String out = " " + normalText + " ";
        for (List<String> group : SOUND_ALIKE) {
            for (String other : group.subList(1, group.size())) {
                out = out.replace(" " + other + " ", " " + group.get(0) + " ");
            }
        }
        return out.strip();
    }

    static List<Caption> captions(Path vtt) throws IOException {
        List<String> lines = Files.readAllLines(vtt, StandardCharsets.UTF_8);
        List<Caption> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = TIMING.matcher(lines.get(i));
            if (!m.find()) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank(); j++) {
                text.append(text.length() == 0 ? "" : " ").append(lines.get(j).strip());
            }
            out.add(new Caption(millis(m, 1), millis(m, 5), text.toString()));
        }
        return out;
    }

    private static long millis(Matcher m, int group) {
        return ((Long.parseLong(m.group(group)) * 60 + Long.parseLong(m.group(group + 1))) * 60
                + Long.parseLong(m.group(group + 2))) * 1000 + Long.parseLong(m.group(group + 3));
    }

    /** The WAV as 16 kHz, 16-bit, mono, little-endian samples (what the export writes). */
    static byte[] readPcm(Path wav) throws IOException, UnsupportedAudioFileException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            AudioFormat f = in.getFormat();
            if (f.getSampleRate() != 16000f || f.getChannels() != 1 || f.getSampleSizeInBits() != 16
                    || f.isBigEndian()) {
                throw new IOException(wav + " is " + f + ", not 16 kHz 16-bit mono little-endian");
            }
            return readAll(in);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("[^a-z' ]", " ").replaceAll("\\s+", " ")
                .strip();
    }

    static List<String> words(String text) {
        String t = text.strip();
        return t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
    }

    static int editDistance(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int same = a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + same);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }
}

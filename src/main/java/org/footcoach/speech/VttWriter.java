package org.footcoach.speech;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes captions as WebVTT: one numbered cue per utterance, times to the millisecond. */
public final class VttWriter {
    private VttWriter() {
    }

    public static String toVtt(List<Caption> captions) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        int number = 1;
        for (Caption caption : captions) {
            vtt.append('\n').append(number++).append('\n')
                    .append(timestamp(caption.startMillis())).append(" --> ").append(timestamp(caption.endMillis()))
                    .append('\n').append(escape(caption.text())).append('\n');
        }
        return vtt.toString();
    }

    /** Writes the whole file or none of it ({@link SpeechFiles}). */
    public static void write(List<Caption> captions, Path file) {
        SpeechFiles.write(file, out -> out.write(toVtt(captions).getBytes(StandardCharsets.UTF_8)));
    }

    static String timestamp(long millis) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, millis % 1000);
    }

    /** Cue text may not contain a blank line or "-->", and &amp; &lt; &gt; are markup. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("-->", "--&gt;")
                .replaceAll("\\s*\\R\\s*", " ").strip();
    }
}

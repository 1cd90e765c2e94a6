package org.footcoach.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the WebVTT that {@link VttWriter} writes (cue timings and one-line text), for checks and tests. */
public final class VttReader {
    private static final Pattern TIMING = Pattern.compile(
            "(\\d+):(\\d{2}):(\\d{2})\\.(\\d{3}) --> (\\d+):(\\d{2}):(\\d{2})\\.(\\d{3}).*");

    private VttReader() {
    }

    public static List<Caption> read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new SpeechException("Cannot read the caption file " + file + ": " + e.getMessage(), e);
        }
    }

    public static List<Caption> parse(String vtt, String where) {
        String[] lines = vtt.split("\\R", -1);
        if (lines.length == 0 || !lines[0].startsWith("WEBVTT")) {
            throw new SpeechException("The caption file " + where + " does not start with WEBVTT.");
        }
        List<Caption> captions = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            Matcher timing = TIMING.matcher(lines[i]);
            if (!timing.matches()) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (int j = i + 1; j < lines.length && !lines[j].isBlank(); j++) {
                text.append(text.isEmpty() ? "" : " ").append(lines[j]);
            }
            captions.add(new Caption(millis(timing, 1), millis(timing, 5), unescape(text.toString())));
        }
        return captions;
    }

    private static long millis(Matcher m, int group) {
        return Long.parseLong(m.group(group)) * 3_600_000 + Long.parseLong(m.group(group + 1)) * 60_000
                + Long.parseLong(m.group(group + 2)) * 1000 + Long.parseLong(m.group(group + 3));
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}

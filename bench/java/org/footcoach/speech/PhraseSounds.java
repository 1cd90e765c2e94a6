package org.footcoach.speech;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.footcoach.session.Earcon;

/**
 * Each phrase's own lead-in (silence before its first sound) and how long it sounds, read from the routine as
 * exported ({@code --export-audio} and {@code --export-captions}), and the same for the earcons.
 */
final class PhraseSounds {
    /** Milliseconds from a cue's time to its first sound, and from its first sound to its last. */
    record Shape(double leadInMillis, double soundingMillis) {
    }

    private final Map<String, Shape> phrases = new HashMap<>();
    private final Map<Earcon, Shape> earcons = new HashMap<>();

    PhraseSounds(Path exportWav, Path exportVtt) {
        short[] track = WavReader.read(exportWav).samples();
        for (Caption caption : VttReader.read(exportVtt)) {
            int from = (int) Pcm.sampleOf(caption.startMillis());
            int to = (int) Pcm.sampleOf(caption.endMillis());
            int first = Onset.first(track, from, to);
            if (first >= 0) {
                phrases.putIfAbsent(caption.text(), new Shape(millis(first - from),
                        millis(Onset.last(track, from, to) - first)));
            }
        }
        EarconSounds sounds = EarconSounds.load();
        for (Earcon earcon : Earcon.values()) {
            short[] pcm = sounds.sound(earcon).samples();
            int first = Onset.first(pcm, 0, pcm.length);
            earcons.put(earcon, new Shape(millis(first), millis(Onset.last(pcm, 0, pcm.length) - first)));
        }
    }

    /** The shape of a cue's sound, or null when the export never says its words (a live-only prompt). */
    Shape find(EventLogCues.LoggedCue cue) {
        return cue.earcon().isPresent() ? earcons.get(cue.earcon().get()) : phrases.get(cue.text());
    }

    Shape of(EventLogCues.LoggedCue cue) {
        Shape shape = find(cue);
        if (shape == null) {
            throw new IllegalStateException("The export never says \"" + cue.text() + "\"");
        }
        return shape;
    }

    private static double millis(int samples) {
        return samples * 1000.0 / Pcm.SAMPLE_RATE;
    }
}

package org.footcoach.speech;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * The voices installed on this machine, clearest first: Pico, then flite, then FreeTTS (always there).
 * Measured with a recogniser as the listener, Pico and flite get far fewer words wrong than FreeTTS.
 * Voices are created on first use, so detecting is quick and FreeTTS loads only when it is needed; each voice may be
 * had at a speed (see {@link Voice#speed()}).
 */
public final class VoiceCatalog {
    private final Map<String, DoubleFunction<Voice>> installed;
    private final Map<String, Voice> created = new LinkedHashMap<>();

    /** @param installedClearestFirst each voice's name to the voice at a speed */
    VoiceCatalog(Map<String, DoubleFunction<Voice>> installedClearestFirst) {
        this.installed = new LinkedHashMap<>(installedClearestFirst);
    }

    /** Looks for Pico, flite and sox on the PATH; FreeTTS runs at {@code freeTtsWordsPerMinute} at speed 1. */
    public static VoiceCatalog detect(int freeTtsWordsPerMinute) {
        Map<String, DoubleFunction<Voice>> found = new LinkedHashMap<>();
        PicoVoice.program().ifPresent(p -> found.put(PicoVoice.NAME,
                speed -> PicoVoice.atSpeed(p, speed, SoxTempo.find())));
        FliteVoice.program().ifPresent(p -> found.put(FliteVoice.NAME, speed -> new FliteVoice(p, speed)));
        FreeTtsEngine freeTts = new FreeTtsEngine(freeTtsWordsPerMinute);
        found.put(FreeTtsVoice.NAME, freeTts::atSpeed);
        return new VoiceCatalog(found);
    }

    public static VoiceCatalog detect() {
        return detect(FreeTtsVoice.DEFAULT_WORDS_PER_MINUTE);
    }

    /** Names of the installed voices, clearest first. */
    public List<String> names() {
        return List.copyOf(installed.keySet());
    }

    public String defaultName() {
        return installed.keySet().iterator().next();
    }

    public Voice defaultVoice() {
        return voice(defaultName());
    }

    /** The named voice at its own pace, if it is installed. */
    public Optional<Voice> find(String name) {
        return find(name, 1.0);
    }

    /** The named voice at {@code speed}, if it is installed; made once for each speed. */
    public Optional<Voice> find(String name, double speed) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!installed.containsKey(key)) {
            return Optional.empty();
        }
        synchronized (created) {
            return Optional.of(created.computeIfAbsent(key + "@" + speed, k -> installed.get(key).apply(speed)));
        }
    }

    /** The named voice, or a clear error naming the voices that are installed. */
    public Voice voice(String name) {
        return voice(name, 1.0);
    }

    /** The named voice at {@code speed}, or a clear error naming the voices that are installed. */
    public Voice voice(String name, double speed) {
        return find(name, speed).orElseThrow(() -> new SpeechException(
                SpeechMessages.format(SpeechMessages.UNKNOWN_VOICE, name, String.join(", ", names()))));
    }

    /** FreeTTS loaded once, on first use, and shared by its voices at every speed. */
    private static final class FreeTtsEngine {
        private final int wordsPerMinute;
        private FreeTtsVoice loaded;

        FreeTtsEngine(int wordsPerMinute) {
            this.wordsPerMinute = wordsPerMinute;
        }

        synchronized Voice atSpeed(double speed) {
            if (loaded == null) {
                loaded = new FreeTtsVoice(wordsPerMinute);
            }
            return speed == 1.0 ? loaded : loaded.atSpeed(speed);
        }
    }
}

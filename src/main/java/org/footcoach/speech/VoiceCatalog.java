package org.footcoach.speech;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The voices installed on this machine, clearest first: Pico, then flite, then FreeTTS (always there).
 * Measured with a recogniser as the listener, Pico and flite get far fewer words wrong than FreeTTS.
 * Voices are created on first use, so detecting is quick and FreeTTS loads only when it is needed.
 */
public final class VoiceCatalog {
    private final Map<String, Supplier<Voice>> installed;
    private final Map<String, Voice> created = new LinkedHashMap<>();

    VoiceCatalog(Map<String, Supplier<Voice>> installedClearestFirst) {
        this.installed = new LinkedHashMap<>(installedClearestFirst);
    }

    /** Looks for Pico and flite on the PATH; FreeTTS runs at {@code freeTtsWordsPerMinute}. */
    public static VoiceCatalog detect(int freeTtsWordsPerMinute) {
        Map<String, Supplier<Voice>> found = new LinkedHashMap<>();
        PicoVoice.detect().ifPresent(v -> found.put(PicoVoice.NAME, () -> v));
        FliteVoice.detect().ifPresent(v -> found.put(FliteVoice.NAME, () -> v));
        found.put(FreeTtsVoice.NAME, () -> new FreeTtsVoice(freeTtsWordsPerMinute));
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

    public Optional<Voice> find(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!installed.containsKey(key)) {
            return Optional.empty();
        }
        synchronized (created) {
            return Optional.of(created.computeIfAbsent(key, k -> installed.get(k).get()));
        }
    }

    /** The named voice, or a clear error naming the voices that are installed. */
    public Voice voice(String name) {
        return find(name).orElseThrow(() -> new SpeechException(
                SpeechMessages.format(SpeechMessages.UNKNOWN_VOICE, name, String.join(", ", names()))));
    }
}

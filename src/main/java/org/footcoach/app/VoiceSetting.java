package org.footcoach.app;

import java.util.Optional;
import java.util.function.Consumer;
import org.footcoach.speech.VoiceCatalog;
import org.footcoach.store.EventLog;

/**
 * The voice chosen in Settings (or by {@code --voice}) checked against the voices installed: one that is not
 * installed (Settings kept from another computer, or a voice program removed) gives the clearest one, and one line
 * in the log ({@code voice-not-installed}) and on screen until a voice that is there is chosen.
 */
final class VoiceSetting {
    private final VoiceCatalog voices;
    private final EventLog log;
    private String line;
    private Consumer<String> banner;
    private Consumer<String> withdraw = gone -> { };

    VoiceSetting(VoiceCatalog voices, EventLog log) {
        this.voices = voices;
        this.log = log;
    }

    /** The installed voice to speak with for {@code chosen} (empty: the clearest). */
    String installed(Optional<String> chosen) {
        Optional<String> found = chosen.flatMap(name -> VoiceChoice.resolve(voices, name));
        String speaking = found.orElseGet(voices::defaultName);
        String next = chosen.isPresent() && found.isEmpty()
                ? CliText.get("voice.notInstalled", chosen.get(), speaking) : null;
        if (next != null) {
            log.record("voice-not-installed", EventLog.fields("chosen", chosen.get(), "speaking", speaking));
        }
        show(next);
        return speaking;
    }

    VoiceCatalog catalog() {
        return voices;
    }

    /** Shows the line with {@code banner} now when there is one, and each later one; {@code withdraw} takes it off. */
    void showOn(Consumer<String> banner, Consumer<String> withdraw) {
        String now;
        synchronized (this) {
            this.banner = banner;
            this.withdraw = withdraw;
            now = line;
        }
        if (now != null) {
            banner.accept(now);
        }
    }

    private void show(String next) {
        String before;
        Consumer<String> shown;
        Consumer<String> hide;
        synchronized (this) {
            before = line;
            line = next;
            shown = banner;
            hide = withdraw;
        }
        if (shown == null || (next != null && next.equals(before))) {
            return;
        }
        if (before != null) {
            hide.accept(before);
        }
        if (next != null) {
            shown.accept(next);
        }
    }
}

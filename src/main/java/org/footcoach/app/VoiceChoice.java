package org.footcoach.app;

import java.util.Locale;
import java.util.Optional;
import org.footcoach.speech.VoiceCatalog;

/** {@code --voice NAME}: the installed voice to speak with, or the clearest one when no name was given. */
final class VoiceChoice {
    private VoiceChoice() {
    }

    /** The voice's name as the catalog knows it, or empty when no voice of that name is installed. */
    static Optional<String> resolve(VoiceCatalog catalog, String requested) {
        if (requested == null) {
            return Optional.of(catalog.defaultName());
        }
        String name = requested.trim().toLowerCase(Locale.ROOT);
        return catalog.names().contains(name) ? Optional.of(name) : Optional.empty();
    }

    /** The one line for an unknown name, listing the installed voices. */
    static String unknown(VoiceCatalog catalog, String requested) {
        return CliText.get("error.unknownVoice", requested, String.join(", ", catalog.names()));
    }
}

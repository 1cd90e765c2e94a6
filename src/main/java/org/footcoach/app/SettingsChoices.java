package org.footcoach.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.footcoach.listen.MicrophoneSource;
import org.footcoach.speech.VoiceCatalog;
import org.footcoach.ui.Theme;

/**
 * What the Settings screen offers to choose from, without Swing: the voices installed, the themes, and the
 * microphones there now. Each choice has the value {@link org.footcoach.session.Preferences} keeps (empty: the app's
 * own choice) and the words to show for it.
 */
final class SettingsChoices {
    /** One choice: {@code value} as Preferences keeps it (empty for the app's own choice), {@code label} to show. */
    record Choice(Optional<String> value, String label) {
    }

    private final VoiceCatalog voices;
    private final Supplier<List<String>> microphones;

    /** @param microphones names of the microphones there, asked each time the list is wanted */
    SettingsChoices(VoiceCatalog voices, Supplier<List<String>> microphones) {
        this.voices = voices;
        this.microphones = microphones;
    }

    /** The voices of {@code voices} and the microphones Java Sound finds (asking it takes a moment: not on the EDT). */
    static SettingsChoices found(VoiceCatalog voices) {
        return new SettingsChoices(voices, MicrophoneSource::available);
    }

    /** The clearest installed first (the app's own choice), then every installed voice, clearest first. */
    List<Choice> voices() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(Optional.empty(), CliText.get("choice.voice.clearest",
                CliText.get("choice.voice." + voices.defaultName()))));
        for (String name : voices.names()) {
            choices.add(new Choice(Optional.of(name), CliText.get("choice.voice." + name)));
        }
        return choices;
    }

    /** Light, then dark. */
    List<Choice> themes() {
        List<Choice> choices = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            String name = ThemeArgument.name(theme);
            choices.add(new Choice(Optional.of(name), CliText.get("choice.theme." + name)));
        }
        return choices;
    }

    /** The first that works (the app's own choice), then each microphone there now, by the name the system gives. */
    List<Choice> microphones() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(Optional.empty(), CliText.get("choice.microphone.first")));
        for (String name : microphones.get()) {
            choices.add(new Choice(Optional.of(name), name));
        }
        return choices;
    }
}

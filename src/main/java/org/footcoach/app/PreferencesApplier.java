package org.footcoach.app;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.footcoach.session.Preferences;
import org.footcoach.ui.Theme;

/**
 * Makes a change saved in Settings take effect at once, with no restart: each part that changed, and only that, goes
 * to what it changes (the voice and its speed, the volume sessions start at, voice commands and their microphone, the
 * theme). Doses, tempo and the start of standing work need nothing here: each session reads them as it starts.
 * Registered with {@code SettingsStore.onChange}; runs on the thread that saves, and never waits there.
 */
final class PreferencesApplier implements Consumer<Preferences> {

    /** The app's live speech and listening, as {@link SessionWiring} gives them. */
    interface Speech {
        /** Speaks with this voice (empty: the clearest installed) at {@code speed} from now on. */
        void speakWith(Optional<String> voice, double speed);

        /** Sessions start at this volume step (empty: the default) from the next one on. */
        void startAtVolume(OptionalInt step);

        /** Voice commands on, on this microphone (empty: the first that opens), or off. */
        void listen(boolean on, Optional<String> microphone);

        /** For sessions whose services a test gave: there is no live speech or listening to change. */
        Speech NONE = new Speech() {
            @Override
            public void speakWith(Optional<String> voice, double speed) {
                // no live voice: the given services say how long each cue takes
            }

            @Override
            public void startAtVolume(OptionalInt step) {
                // no sound output
            }

            @Override
            public void listen(boolean on, Optional<String> microphone) {
                // no voice input
            }
        };
    }

    private final Speech speech;
    private final Consumer<Theme> themes;
    private Preferences applied;

    /**
     * @param applied what the app runs with now (the command line's choices count as applied, so they stay until the
     *                person changes that setting)
     * @param themes  switches the look of the window to a theme (see {@link ThemeChange})
     */
    PreferencesApplier(Preferences applied, Speech speech, Consumer<Theme> themes) {
        this.applied = applied;
        this.speech = speech;
        this.themes = themes;
    }

    @Override
    public synchronized void accept(Preferences next) {
        Preferences before = applied;
        applied = next;
        if (!next.voice().equals(before.voice()) || next.voiceSpeed() != before.voiceSpeed()) {
            speech.speakWith(next.voice(), next.voiceSpeed());
        }
        if (!next.volumeStep().equals(before.volumeStep())) {
            speech.startAtVolume(next.volumeStep());
        }
        if (next.voiceCommands() != before.voiceCommands() || !next.microphone().equals(before.microphone())) {
            speech.listen(next.voiceCommands(), next.microphone());
        }
        Theme theme = themeOf(next);
        if (theme != themeOf(before)) {
            themes.accept(theme);
        }
    }

    /**
     * A kiosk's next visitor: {@code saved} (the kiosk's own settings, with the command line's choices in their place
     * as {@link #runningWith} makes them) again, the volume included, which a visitor may have changed in a session
     * without changing any setting.
     */
    synchronized void restore(Preferences saved) {
        accept(saved);
        speech.startAtVolume(saved.volumeStep());
    }

    /**
     * What the app runs with at start: {@code saved}, with what the command line chose instead ({@code chosen},
     * already {@link LaunchOptions#over over} the saved ones) in its place.
     */
    static Preferences runningWith(Preferences saved, LaunchOptions chosen) {
        return saved.withVoice(Optional.ofNullable(chosen.voice()))
                .withTheme(Optional.of(ThemeArgument.name(chosen.theme())))
                .withVoiceCommands(chosen.voiceInput().on())
                .withMicrophone(Optional.ofNullable(chosen.voiceInput().micName()));
    }

    private static Theme themeOf(Preferences preferences) {
        return ThemeArgument.named(preferences.theme()).orElse(Theme.LIGHT);
    }
}

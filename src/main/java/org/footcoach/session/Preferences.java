package org.footcoach.session;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the person has set in Settings that outlasts a session: doses, counting tempo, what happens before standing
 * work, the voice, its speed and volume, the theme, voice commands, keys learnt from a pedal, and a kiosk's own
 * choices. Empty names mean
 * the app's own choice.
 *
 * @param tempoFactor as {@link SessionSettings#tempoFactor}
 * @param voiceSpeed  how fast the voice speaks, 1 being the voice's own pace, within {@link #SLOWEST_VOICE} to
 *                    {@link #FASTEST_VOICE}
 * @param volumeStep  the volume step a session starts at (the sound output's steps), or empty for its default
 * @param theme       a theme's name as {@code --theme} takes it
 * @param learntKeys  keys learnt in Settings, by Java key name (such as {@code F13}), each to an action's log name
 *                    (such as {@code next}); they act beside the keys of the table of actions
 * @param kiosk       what a clinic kiosk offers and how long it waits (used only with {@code --kiosk})
 */
public record Preferences(DoseChoices doses, double tempoFactor, ReadyMode readyMode, Optional<String> voice,
                          double voiceSpeed, OptionalInt volumeStep, Optional<String> theme, boolean voiceCommands,
                          Optional<String> microphone, Map<String, String> learntKeys, KioskPreferences kiosk) {
    public static final double SLOWEST_VOICE = 0.7;
    public static final double FASTEST_VOICE = 1.3;

    public Preferences {
        learntKeys = Map.copyOf(learntKeys);
        if (!(voiceSpeed >= SLOWEST_VOICE && voiceSpeed <= FASTEST_VOICE)) {
            throw new IllegalArgumentException(SessionMessages.text("settings.voiceSpeed.outside",
                    String.valueOf(voiceSpeed), String.valueOf(SLOWEST_VOICE), String.valueOf(FASTEST_VOICE)));
        }
    }

    /** Nothing set: the file's doses and the app's defaults. */
    public static Preferences defaults() {
        SessionSettings session = SessionSettings.defaults();
        return new Preferences(DoseChoices.fileValues(), session.tempoFactor(), session.readyMode(),
                Optional.empty(), 1.0, OptionalInt.empty(), Optional.empty(), true, Optional.empty(), Map.of(),
                KioskPreferences.defaults());
    }

    /** The session settings these make of {@code base}. */
    public SessionSettings applyTo(SessionSettings base) {
        return base.withTempoFactor(tempoFactor).withReadyMode(readyMode);
    }

    public Preferences withDoses(DoseChoices next) {
        return new Preferences(next, tempoFactor, readyMode, voice, voiceSpeed, volumeStep, theme, voiceCommands,
                microphone, learntKeys, kiosk);
    }

    public Preferences withTempoFactor(double next) {
        return new Preferences(doses, next, readyMode, voice, voiceSpeed, volumeStep, theme, voiceCommands,
                microphone, learntKeys, kiosk);
    }

    public Preferences withReadyMode(ReadyMode next) {
        return new Preferences(doses, tempoFactor, next, voice, voiceSpeed, volumeStep, theme, voiceCommands,
                microphone, learntKeys, kiosk);
    }

    public Preferences withVoice(Optional<String> next) {
        return new Preferences(doses, tempoFactor, readyMode, next, voiceSpeed, volumeStep, theme, voiceCommands,
                microphone, learntKeys, kiosk);
    }

    public Preferences withVoiceSpeed(double next) {
        return new Preferences(doses, tempoFactor, readyMode, voice, next, volumeStep, theme, voiceCommands,
                microphone, learntKeys, kiosk);
    }

    public Preferences withVolumeStep(OptionalInt next) {
        return new Preferences(doses, tempoFactor, readyMode, voice, voiceSpeed, next, theme, voiceCommands,
                microphone, learntKeys, kiosk);
    }

    public Preferences withTheme(Optional<String> next) {
        return new Preferences(doses, tempoFactor, readyMode, voice, voiceSpeed, volumeStep, next, voiceCommands,
                microphone, learntKeys, kiosk);
    }

    public Preferences withVoiceCommands(boolean next) {
        return new Preferences(doses, tempoFactor, readyMode, voice, voiceSpeed, volumeStep, theme, next,
                microphone, learntKeys, kiosk);
    }

    public Preferences withMicrophone(Optional<String> next) {
        return new Preferences(doses, tempoFactor, readyMode, voice, voiceSpeed, volumeStep, theme, voiceCommands,
                next, learntKeys, kiosk);
    }

    public Preferences withLearntKeys(Map<String, String> next) {
        return new Preferences(doses, tempoFactor, readyMode, voice, voiceSpeed, volumeStep, theme, voiceCommands,
                microphone, next, kiosk);
    }

    public Preferences withKiosk(KioskPreferences next) {
        return new Preferences(doses, tempoFactor, readyMode, voice, voiceSpeed, volumeStep, theme, voiceCommands,
                microphone, learntKeys, next);
    }
}

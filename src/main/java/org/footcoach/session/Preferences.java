package org.footcoach.session;

import java.util.Optional;

/**
 * What the person has set in Settings that outlasts a session: doses, counting tempo, what happens before standing
 * work, the voice, the theme, and voice commands. Empty names mean the app's own choice.
 *
 * @param tempoFactor as {@link SessionSettings#tempoFactor}
 * @param theme       a theme's name as {@code --theme} takes it
 */
public record Preferences(DoseChoices doses, double tempoFactor, ReadyMode readyMode, Optional<String> voice,
                          Optional<String> theme, boolean voiceCommands, Optional<String> microphone) {

    /** Nothing set: the file's doses and the app's defaults. */
    public static Preferences defaults() {
        SessionSettings session = SessionSettings.defaults();
        return new Preferences(DoseChoices.fileValues(), session.tempoFactor(), session.readyMode(),
                Optional.empty(), Optional.empty(), true, Optional.empty());
    }

    /** The session settings these make of {@code base}. */
    public SessionSettings applyTo(SessionSettings base) {
        return base.withTempoFactor(tempoFactor).withReadyMode(readyMode);
    }
}

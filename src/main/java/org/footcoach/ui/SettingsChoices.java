package org.footcoach.ui;

import java.util.List;

/**
 * What Settings offers to choose from on this machine: the voices installed (clearest first), the microphones
 * found, and the volume step a session starts at when none is set, with the highest step.
 */
public record SettingsChoices(List<String> voices, List<String> microphones, int usualVolumeStep,
                              int loudestVolumeStep) {
    public SettingsChoices {
        voices = List.copyOf(voices);
        microphones = List.copyOf(microphones);
    }
}

package org.footcoach.app;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.footcoach.session.Preferences;
import org.footcoach.speech.AudioOutput;
import org.footcoach.store.PinHash;
import org.footcoach.store.SettingsStore;
import org.footcoach.ui.SettingsChoices;

/**
 * What the Settings screen needs from the rest of the app: the preferences now, how a change is kept, what this
 * machine offers to choose from, the clinician's PIN hash if one is set, and the Record my voice screen where there
 * is sound (shown with what goes back to Settings), and the printable sheet where there is a folder to save it in.
 */
record SettingsAccess(Supplier<Preferences> now, Consumer<Preferences> save, Supplier<SettingsChoices> choices,
                      Supplier<Optional<PinHash>> clinicianPin, Optional<Consumer<Runnable>> recordVoice,
                      Optional<ScreenSheetPrint> print) {

    /** The settings file: its preferences and PIN, each change saved to it. */
    static SettingsAccess of(SettingsStore store, Supplier<SettingsChoices> choices,
                             Optional<Consumer<Runnable>> recordVoice, Optional<ScreenSheetPrint> print) {
        return new SettingsAccess(store::preferences, store::save, choices, store::clinicianPin, recordVoice, print);
    }

    /** Kept in memory only, from {@code first}, with no PIN, recording or sheet: nothing outlasts the app. */
    static SettingsAccess inMemory(Preferences first) {
        AtomicReference<Preferences> held = new AtomicReference<>(first);
        return new SettingsAccess(held::get, held::set, SettingsAccess::nothingToChoose, Optional::empty,
                Optional.empty(), Optional.empty());
    }

    /** No voice or microphone to name: the clearest voice and the usual microphone only. */
    static SettingsChoices nothingToChoose() {
        return new SettingsChoices(List.of(), List.of(), AudioOutput.DEFAULT_VOLUME_STEP, AudioOutput.MAX_VOLUME_STEP);
    }
}

package org.footcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.footcoach.session.DoseChoice;
import org.footcoach.session.DoseChoices;
import org.footcoach.session.KioskPreferences;
import org.footcoach.session.Preferences;
import org.footcoach.session.ReadyMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The settings file: kept whole, read back the same, set aside when broken, never overwritten when newer. */
class SettingsStoreTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();

    private SettingsStore open() {
        return SettingsStore.open(dir.resolve("settings.json"), Clock.fixed(NOW, ZoneOffset.UTC), problems::add);
    }

    private static Preferences changed() {
        DoseChoice pumps = new DoseChoice(OptionalInt.of(3), OptionalInt.of(12), OptionalInt.empty(),
                OptionalInt.empty());
        return new Preferences(new DoseChoices(Map.of("ankle-pumps", pumps)), 1.3, ReadyMode.COUNTDOWN,
                Optional.of("flite"), 0.8, OptionalInt.of(9), Optional.of("dark"), false, Optional.of("USB Audio"),
                Map.of("F13", "next", "F14", "go"), new KioskPreferences(Set.of("standing"), 45, 10));
    }

    @Test
    void noFileMeansTheUsualSettingsAndNoLine() {
        SettingsStore store = open();

        assertThat(store.preferences()).isEqualTo(Preferences.defaults());
        assertThat(store.clinicianPin()).isEmpty();
        assertThat(problems).isEmpty();
        assertThat(dir.resolve("settings.json")).doesNotExist();
    }

    @Test
    void whatIsSavedReadsBackTheSameWithThePin() {
        SettingsStore store = open();
        store.save(changed());
        PinHash pin = PinHash.of("4711".toCharArray(), new SecureRandom());
        store.setClinicianPin(pin);
        PinHash admin = PinHash.of("86420".toCharArray(), new SecureRandom());
        store.setAdminPin(admin);

        SettingsStore again = open();

        assertThat(again.preferences()).isEqualTo(changed());
        assertThat(again.clinicianPin()).contains(pin);
        assertThat(again.adminPin()).contains(admin);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{\"version\":1,\"do", "[]", "{\"version\":1,\"doses\":{},\"tempo\":9,"
            + "\"before_standing\":\"countdown\",\"voice_commands\":true}", "{\"version\":1,\"doses\":{},"
            + "\"tempo\":1,\"before_standing\":\"sometimes\",\"voice_commands\":true}"})
    void aBrokenFileIsMovedAsideWithOneLineAndTheUsualSettingsAreUsed(String broken) throws IOException {
        Path file = Files.writeString(dir.resolve("settings.json"), broken);

        SettingsStore store = open();

        assertThat(store.preferences()).isEqualTo(Preferences.defaults());
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("settings.json.corrupt-20261207T100000.000Z")).hasContent(broken);
        assertThat(problems).singleElement().satisfies(line -> assertThat(line).startsWith("The settings in "
                + file + " could not be read, so they were moved aside as settings.json.corrupt-20261207T100000.000Z"
                + " and the usual settings are used: "));
    }

    @Test
    void eachSavedChangeIsHeard() {
        SettingsStore store = open();
        List<Preferences> heard = new ArrayList<>();
        store.onChange(heard::add);

        store.save(changed());

        assertThat(heard).containsExactly(changed());
    }

    @Test
    void aFileOfTheFirstVersionReadsWithTheLaterSettingsAtTheirDefaults() throws IOException {
        try (InputStream v1 = getClass().getResourceAsStream("settings-v1.json")) {
            Files.copy(v1, dir.resolve("settings.json"));
        }

        SettingsStore store = open();
        Preferences read = store.preferences();

        assertThat(problems).isEmpty();
        assertThat(read).isEqualTo(changed().withVoiceSpeed(1.0).withVolumeStep(OptionalInt.empty())
                .withLearntKeys(Map.of()).withKiosk(KioskPreferences.defaults()));
        assertThat(store.adminPin()).as("no admin PIN in a file from before the kiosk").isEmpty();
    }

    @Test
    void aFileFromANewerFootCoachIsNeverOverwritten() throws IOException {
        String newer = "{\"version\":2,\"doses\":{}}";
        Path file = Files.writeString(dir.resolve("settings.json"), newer);

        SettingsStore store = open();
        store.save(changed());

        assertThat(file).hasContent(newer);
        assertThat(store.preferences()).as("held until the app closes").isEqualTo(changed());
        assertThat(problems).containsExactly(
                "The settings in " + file + " are left as they are and the usual settings used: it was written by a"
                        + " newer Foot Coach (version 2; this one reads up to 1).",
                "The settings were not saved, so as not to overwrite " + file + ". They hold until the app closes.");
    }
}

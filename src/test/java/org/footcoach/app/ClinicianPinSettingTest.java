package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.footcoach.store.DataDirectory;
import org.footcoach.store.PinHash;
import org.footcoach.store.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --set-clinician-pin}, as a clinician runs it: asked twice, only a salted hash kept. */
class ClinicianPinSettingTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> prompts = new ArrayList<>();

    @TempDir
    Path data;

    private int run(String... typed) {
        Deque<String> answers = new ArrayDeque<>(List.of(typed));
        PinPrompt pins = prompt -> {
            prompts.add(prompt);
            return answers.isEmpty() ? null : answers.poll().toCharArray();
        };
        return Main.run(new String[] {"--data-dir", data.toString(), "--set-clinician-pin"}, pins,
                new PrintWriter(out), new PrintWriter(err));
    }

    private PinHash kept() {
        return SettingsStore.open(DataDirectory.settings(data), Clock.systemUTC(), line -> { }).clinicianPin()
                .orElseThrow();
    }

    @Test
    void thePinTypedTwiceIsKeptAsAHashThatMatchesIt() throws Exception {
        int code = run("2468", "2468");

        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        assertThat(prompts).hasSize(2);
        assertThat(out.toString().lines().toList()).containsExactly(
                CliText.get("pin.set", DataDirectory.settings(data)));
        assertThat(kept().matches("2468".toCharArray())).isTrue();
        assertThat(kept().matches("2469".toCharArray())).isFalse();
        assertThat(java.nio.file.Files.readString(DataDirectory.settings(data))).doesNotContain("2468");
    }

    @Test
    void twoDifferentPinsChangeNothing() {
        int code = run("2468", "2486");

        assertThat(code).isEqualTo(ExitCode.BAD_ARGUMENTS);
        assertThat(err.toString().lines().toList()).containsExactly(CliText.get("pin.notSame"));
        assertThat(DataDirectory.settings(data)).doesNotExist();
    }

    @Test
    void aPinThatIsNotFourToTwelveDigitsIsRefusedBeforeAskingAgain() {
        int code = run("24a8");

        assertThat(code).isEqualTo(ExitCode.BAD_ARGUMENTS);
        assertThat(prompts).hasSize(1);
        assertThat(err.toString().lines().toList()).containsExactly(CliText.get("pin.badForm", 4, 12));
    }

    @Test
    void noInputAtAllChangesNothing() {
        int code = run();

        assertThat(code).isEqualTo(ExitCode.BAD_ARGUMENTS);
        assertThat(DataDirectory.settings(data)).doesNotExist();
    }

    @Test
    void theAdminPinIsKeptApartFromTheClinicians() {
        Deque<String> answers = new ArrayDeque<>(List.of("86420", "86420"));
        int code = Main.run(new String[] {"--data-dir", data.toString(), "--set-admin-pin"},
                prompt -> {
                    prompts.add(prompt);
                    return answers.poll().toCharArray();
                }, new PrintWriter(out), new PrintWriter(err));

        assertThat(code).isZero();
        assertThat(prompts.get(0)).isEqualTo(CliText.get("adminPin.ask"));
        assertThat(out.toString().lines().toList()).containsExactly(
                CliText.get("adminPin.set", DataDirectory.settings(data)));
        SettingsStore store = SettingsStore.open(DataDirectory.settings(data), Clock.systemUTC(), line -> { });
        assertThat(store.clinicianPin()).isEmpty();
        assertThat(store.adminPin().orElseThrow().matches("86420".toCharArray())).isTrue();
    }
}

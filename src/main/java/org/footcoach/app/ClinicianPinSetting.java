package org.footcoach.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.footcoach.store.DataDirectory;
import org.footcoach.store.PinHash;
import org.footcoach.store.SettingsStore;

/**
 * {@code --set-clinician-pin}: asks for the clinician's PIN twice and keeps only its salted hash in the settings
 * file. Settings asks for it before a dose goes beyond the exercise file's range. Says in one line what was done, or
 * why not.
 */
final class ClinicianPinSetting {
    static final int SHORTEST = 4;
    static final int LONGEST = 12;

    private final PrintWriter out;
    private final PrintWriter err;

    ClinicianPinSetting(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int set(Path dataFolder, PinPrompt prompt) {
        char[] first = null;
        char[] again = null;
        try {
            first = prompt.ask(CliText.get("pin.ask"));
            if (first == null || !wellFormed(first)) {
                err.println(CliText.get("pin.badForm", SHORTEST, LONGEST));
                return ExitCode.BAD_ARGUMENTS;
            }
            again = prompt.ask(CliText.get("pin.askAgain"));
            if (again == null || !Arrays.equals(first, again)) {
                err.println(CliText.get("pin.notSame"));
                return ExitCode.BAD_ARGUMENTS;
            }
            DataDirectory.prepare(dataFolder);
            List<String> problems = new ArrayList<>();
            SettingsStore settings = SettingsStore.open(DataDirectory.settings(dataFolder), Clock.systemUTC(),
                    problems::add);
            settings.setClinicianPin(PinHash.of(first, new SecureRandom()));
            if (!problems.isEmpty()) {
                problems.forEach(err::println);
                return ExitCode.PROBLEM;
            }
            out.println(CliText.get("pin.set", DataDirectory.settings(dataFolder)));
            return ExitCode.OK;
        } catch (IOException e) {
            err.println(CliText.get("pin.cannotSet", dataFolder, FileProblem.describe(e)));
            return ExitCode.PROBLEM;
        } finally {
            clear(first);
            clear(again);
        }
    }

    private static boolean wellFormed(char[] pin) {
        if (pin.length < SHORTEST || pin.length > LONGEST) {
            return false;
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static void clear(char[] pin) {
        if (pin != null) {
            Arrays.fill(pin, '\0');
        }
    }
}

package org.footcoach.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import org.footcoach.store.DataDirectory;
import org.footcoach.store.PinHash;
import org.footcoach.store.SettingsStore;

/**
 * {@code --set-clinician-pin} and {@code --set-admin-pin}: asks for the PIN twice and keeps only its salted hash in
 * the settings file. Settings asks for the clinician's before a dose goes beyond the exercise file's range; a kiosk
 * asks for the admin's after the admin gesture. Says in one line what was done, or why not.
 */
final class PinSetting {
    static final int SHORTEST = 4;
    static final int LONGEST = 12;

    /** Whose PIN: its words on the command line ({@code <prefix>.ask}, {@code .set}, ...) and where it is kept. */
    enum Whose {
        CLINICIAN("pin", SettingsStore::setClinicianPin),
        ADMIN("adminPin", SettingsStore::setAdminPin);

        private final String prefix;
        private final BiConsumer<SettingsStore, PinHash> keep;

        Whose(String prefix, BiConsumer<SettingsStore, PinHash> keep) {
            this.prefix = prefix;
            this.keep = keep;
        }

        private String text(String key, Object... arguments) {
            return CliText.get(prefix + "." + key, arguments);
        }
    }

    private final PrintWriter out;
    private final PrintWriter err;
    private final Whose whose;

    PinSetting(PrintWriter out, PrintWriter err, Whose whose) {
        this.out = out;
        this.err = err;
        this.whose = whose;
    }

    int set(Path dataFolder, PinPrompt prompt) {
        char[] first = null;
        char[] again = null;
        try {
            first = prompt.ask(whose.text("ask"));
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
            whose.keep.accept(settings, PinHash.of(first, new SecureRandom()));
            if (!problems.isEmpty()) {
                problems.forEach(err::println);
                return ExitCode.PROBLEM;
            }
            out.println(whose.text("set", DataDirectory.settings(dataFolder)));
            return ExitCode.OK;
        } catch (IOException e) {
            err.println(whose.text("cannotSet", dataFolder, FileProblem.describe(e)));
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

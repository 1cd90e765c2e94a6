package org.footcoach.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Stand-ins for what the app gives the Settings screen: a PIN gate and the action rows' targets, recording calls. */
final class SettingsFixtures {
    private SettingsFixtures() {
    }

    /** A gate with or without a PIN set, whose prompt is answered right (or not) at once. */
    static final class Gate implements ClinicianGate {
        final boolean pinSet;
        final boolean answersRight;
        int asked;
        private boolean open;

        Gate(boolean pinSet, boolean answersRight) {
            this.pinSet = pinSet;
            this.answersRight = answersRight;
        }

        @Override
        public boolean open() {
            return open;
        }

        @Override
        public boolean pinSet() {
            return pinSet;
        }

        @Override
        public void ask(Runnable then) {
            asked++;
            if (answersRight) {
                open = true;
                then.run();
            }
        }
    }

    /** Records which action rows were chosen. */
    static final class Actions implements SettingsActions {
        final List<String> done = new ArrayList<>();

        @Override
        public void learnKeys() {
            done.add("learn-keys");
        }

        @Override
        public void recordVoice() {
            done.add("record-voice");
        }

        @Override
        public void print(Consumer<String> told) {
            done.add("print");
            told.accept("Saved.");
        }
    }
}

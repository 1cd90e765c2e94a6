package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Preferences;
import org.footcoach.session.ReadyMode;
import org.junit.jupiter.api.Test;

/** What Settings does with each command, by pedal alone and by touch, and how far a dose may go, without Swing. */
class SettingsControllerTest {
    private static final Content CONTENT = ContentLoader.loadBundled().content();
    private static final SettingsChoices CHOICES = new SettingsChoices(List.of("flite", "freetts"),
            List.of("USB Audio Device"), 7, 10);

    private final List<Preferences> saved = new ArrayList<>();
    private final List<String> told = new ArrayList<>();
    private final SettingsFixtures.Actions actions = new SettingsFixtures.Actions();
    private int backs;

    private SettingsController settings(SettingsFixtures.Gate gate) {
        SettingsController controller = SettingsController.forPreferences(CONTENT.exercises(),
                () -> saved.isEmpty() ? Preferences.defaults() : last(), saved::add, CHOICES, gate, actions,
                () -> backs++);
        controller.onTold(told::add);
        return controller;
    }

    private static int row(SettingsController controller, String name) {
        for (int i = 0; i < controller.rows().size(); i++) {
            if (controller.rows().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private static void pedal(SettingsController controller, Command... commands) {
        for (Command command : commands) {
            assertThat(controller.act(command, CommandSource.KEY)).as("%s acts", command).isTrue();
        }
    }

    private Preferences last() {
        return saved.get(saved.size() - 1);
    }

    @Test
    void aPedalAloneChangesThePaceAndWhatHappensBeforeStanding() {
        SettingsController controller = settings(new SettingsFixtures.Gate(false, false));
        assertThat(controller.rows().get(controller.highlighted()).name()).isEqualTo("pace");

        pedal(controller, Command.GO, Command.NEXT, Command.NEXT);
        assertThat(controller.changing()).isTrue();
        assertThat(last().tempoFactor()).isEqualTo(1.32);
        assertThat(controller.rows().get(0).value()).isEqualTo(UiText.get("settings.pace.4"));

        pedal(controller, Command.BACK, Command.GO, Command.NEXT, Command.GO, Command.NEXT, Command.GO);
        assertThat(controller.changing()).isFalse();
        assertThat(last().tempoFactor()).isEqualTo(1.15);
        assertThat(last().readyMode()).isEqualTo(ReadyMode.COUNTDOWN);
        assertThat(controller.highlighted()).isEqualTo(row(controller, "before-standing"));
    }

    @Test
    void stopEndsAChangeFirstThenLeaves() {
        SettingsController controller = settings(new SettingsFixtures.Gate(false, false));

        pedal(controller, Command.GO, Command.STOP);
        assertThat(controller.changing()).isFalse();
        assertThat(backs).isZero();

        pedal(controller, Command.STOP);
        assertThat(backs).isEqualTo(1);
    }

    @Test
    void backFromTheFirstRowGoesRoundToTheLast() {
        SettingsController controller = settings(new SettingsFixtures.Gate(false, false));

        pedal(controller, Command.BACK);

        assertThat(controller.highlighted()).isEqualTo(controller.rows().size() - 1);
    }

    @Test
    void theVoiceStepsFromTheClearestThroughTheInstalledOnes() {
        SettingsController controller = settings(new SettingsFixtures.Gate(false, false));
        int voice = row(controller, "voice");

        controller.touch(voice, 1);
        assertThat(last().voice()).hasValue("flite");
        controller.touch(voice, 1);
        controller.touch(voice, 1);
        assertThat(last().voice()).as("no further than the last").hasValue("freetts");
        controller.touch(voice, -1);
        controller.touch(voice, -1);
        assertThat(last().voice()).isEmpty();
        assertThat(controller.rows().get(voice).value()).isEqualTo(UiText.get("settings.voice.usual"));
    }

    @Test
    void volumeStartsAtTheUsualStepAndStopsAtTheLoudest() {
        SettingsController controller = settings(new SettingsFixtures.Gate(false, false));
        int volume = row(controller, "volume");

        for (int i = 0; i < 5; i++) {
            controller.touch(volume, 1);
        }

        assertThat(last().volumeStep()).isEqualTo(OptionalInt.of(10));
        assertThat(controller.rows().get(volume).value()).isEqualTo("10 of 10");
    }

    @Test
    void aDoseMovesFreelyWithinTheFilesRange() {
        SettingsController controller = settings(new SettingsFixtures.Gate(true, false));
        int reps = row(controller, "dose-ankle-rolls-reps");

        controller.touch(reps, 1);
        controller.touch(reps, 1);

        assertThat(last().doses().of("ankle-rolls").reps()).isEqualTo(OptionalInt.of(12));
        assertThat(controller.rows().get(reps).value()).isEqualTo("12 times");
        assertThat(controller.rows().get(reps).label()).isEqualTo("Ankle rolls");
    }

    @Test
    void beyondTheRangeWithNoPinSetNothingChangesAndOneSentenceSaysWhy() {
        SettingsFixtures.Gate gate = new SettingsFixtures.Gate(false, false);
        SettingsController controller = settings(gate);
        int sets = row(controller, "dose-ankle-rolls-sets");

        controller.touch(sets, 1);

        assertThat(saved).isEmpty();
        assertThat(gate.asked).isZero();
        assertThat(told).containsExactly(UiText.get("settings.pin.none"));
    }

    @Test
    void beyondTheRangeAsksThePinOnceAndThenGoesOnToTwiceTheTop() {
        SettingsFixtures.Gate gate = new SettingsFixtures.Gate(true, true);
        SettingsController controller = settings(gate);
        int reps = row(controller, "dose-ankle-rolls-reps");

        for (int i = 0; i < 30; i++) {
            controller.touch(reps, 1);
        }

        assertThat(gate.asked).isEqualTo(1);
        assertThat(last().doses().of("ankle-rolls").reps()).as("twice the range's top of 15").hasValue(30);
    }

    @Test
    void aWrongOrCancelledPinChangesNothing() {
        SettingsFixtures.Gate gate = new SettingsFixtures.Gate(true, false);
        SettingsController controller = settings(gate);
        int hold = row(controller, "dose-calf-stretch-holdSeconds");

        controller.touch(hold, 1);
        controller.touch(hold, 1);
        controller.touch(hold, 1);

        assertThat(last().doses().of("calf-stretch").holdSeconds()).as("20 s, 5 s a step, to the top of 30 s")
                .hasValue(30);
        assertThat(gate.asked).isEqualTo(1);
    }

    @Test
    void goOnAnActionRowDoesItAndPrintTellsWhere() {
        SettingsController controller = settings(new SettingsFixtures.Gate(false, false));
        while (!controller.rows().get(controller.highlighted()).name().equals("print")) {
            pedal(controller, Command.NEXT);
        }

        pedal(controller, Command.GO);

        assertThat(actions.done).containsExactly("print");
        assertThat(told).containsExactly("Saved.");
        assertThat(controller.changing()).isFalse();
    }

    @Test
    void commandsThatMeanNothingHereAreRefused() {
        SettingsController controller = settings(new SettingsFixtures.Gate(false, false));

        assertThat(controller.act(Command.LOUDER, CommandSource.VOICE)).isFalse();
        assertThat(controller.act(Command.PAUSE, CommandSource.KEY)).isFalse();
        assertThat(saved).isEmpty();
    }
}

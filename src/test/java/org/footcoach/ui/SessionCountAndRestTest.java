package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import org.footcoach.session.Command;
import org.footcoach.session.SessionState;
import org.footcoach.session.Work;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;

/**
 * What the count area and the rest show: "7 of 12" for reps, the time left moving in timed work, nothing between
 * holds, and a rest about what comes next with its countdown and one button to start early.
 */
@GuiTest
class SessionCountAndRestTest {

    @Test
    void aRepShowsItsNumberOfTheSetsReps(GuiRobot gui) {
        ScreenSamples samples = install(gui);
        SessionScreen screen = gui.onEdt(() -> shown(samples.inExercise(SessionState.COUNTING,
                "heel-and-toe-raises", 4).set(1, 2).count(7, 12).build()));
        CountRing ring = (CountRing) gui.onEdt(() -> find(screen, "hold-ring"));
        assertThat(gui.onEdt(ring::getText)).isEqualTo("7");
        assertThat(gui.onEdt(ring::countOf)).isEqualTo("of 12");
        assertThat(gui.onEdt(ring::ringShown)).isFalse();

        gui.onEdt(() -> {
            screen.show(samples.inExercise(SessionState.PAUSED, "heel-and-toe-raises", 4).set(1, 2).count(7, 12)
                    .progress(7 / 12.0).work(Work.REPS).build());
            return null;
        });
        assertThat(gui.onEdt(ring::countOf)).as("paused in the set").isEqualTo("of 12");
        assertThat(gui.onEdt(ring::ringShown)).as("reps have no ring, paused or not").isFalse();
    }

    @Test
    void aPerSideExerciseSaysWhichFootWorksInTheHeaderAndUnderThePicture(GuiRobot gui) {
        ScreenSamples samples = install(gui);
        SessionScreen screen = gui.onEdt(() -> shown(samples.inExercise(SessionState.HOLDING, "single-leg-balance",
                7).set(1, 2).count(3, 10).build()));
        JLabel status = (JLabel) gui.onEdt(() -> find(screen, "status"));
        JLabel underPicture = (JLabel) gui.onEdt(() -> find(screen, "picture-side"));
        assertThat(gui.onEdt(status::getText)).startsWith("Right side");
        assertThat(gui.onEdt(underPicture::getText)).isEqualTo("Right foot");

        gui.onEdt(() -> {
            screen.show(samples.inExercise(SessionState.HOLDING, "single-leg-balance", 7).side(2, 2).set(1, 2)
                    .count(3, 10).build());
            return null;
        });
        assertThat(gui.onEdt(status::getText)).startsWith("Left side");
        assertThat(gui.onEdt(underPicture::getText)).isEqualTo("Left foot");

        gui.onEdt(() -> {
            screen.show(samples.inExercise(SessionState.COUNTING, "heel-and-toe-raises", 4).set(1, 2).count(7, 12)
                    .build());
            return null;
        });
        assertThat(gui.onEdt(underPicture::getText)).as("both feet work: no side").isBlank();
    }

    @Test
    void betweenTwoHoldsTheCountAreaShowsNoNumber(GuiRobot gui) {
        ScreenSamples samples = install(gui);
        SessionScreen screen = gui.onEdt(() -> shown(samples.inExercise(SessionState.HOLDING, "single-leg-balance",
                7).set(1, 2).count(10, 10).progress(1).build()));
        CountRing ring = (CountRing) gui.onEdt(() -> find(screen, "hold-ring"));
        assertThat(gui.onEdt(ring::getText)).isEqualTo("10");

        gui.onEdt(() -> {
            screen.show(samples.inExercise(SessionState.RESTING, "single-leg-balance", 7).set(1, 2).build());
            screen.showCaption("Relax a moment.");
            return null;
        });
        assertThat(gui.onEdt(ring::getText)).isEmpty();
        assertThat(gui.onEdt(ring::ringShown)).isFalse();
        assertThat(gui.onEdt(screen::stepShown)).as("the words said, in large print").isTrue();

        gui.onEdt(() -> {
            screen.show(samples.inExercise(SessionState.PAUSED, "single-leg-balance", 7).set(1, 2).build());
            return null;
        });
        assertThat(gui.onEdt(ring::ringShown)).as("paused between holds: still no ring").isFalse();
    }

    @Test
    void timedWorkShowsTheMinutesAndSecondsLeft(GuiRobot gui) {
        ScreenSamples samples = install(gui);
        SessionScreen screen = gui.onEdt(() -> shown(samples.inExercise(SessionState.TIMING, "foot-rolling", 9)
                .total(120).progress(13 / 120.0).build()));
        CountRing ring = (CountRing) gui.onEdt(() -> find(screen, "hold-ring"));
        assertThat(gui.onEdt(ring::getText)).isEqualTo("1:47");
        assertThat(gui.onEdt(ring::ringShown)).isTrue();
        assertThat(gui.onEdt(ring::progress)).isGreaterThan(0.1);
    }

    @Test
    void theRestShowsTheNextExerciseItsSecondsLeftAndOneWayToStartNow(GuiRobot gui) {
        ScreenSamples samples = install(gui);
        List<Command> sent = new ArrayList<>();
        SessionScreen screen = gui.onEdt(() -> {
            SessionScreen s = new SessionScreen((command, source) -> sent.add(command));
            s.show(samples.inExercise(SessionState.RESTING, "marching", 6).nextUp(samples.exercise(
                    "single-leg-balance")).restSecondsLeft(12).build());
            return s;
        });
        assertThat(gui.onEdt(screen::card)).isEqualTo(SessionCards.REST);
        assertThat(gui.onEdt(() -> ((JTextArea) find(screen, "next-up")).getText())).contains("Single-leg balance");
        assertThat(gui.onEdt(() -> ((JTextArea) find(screen, "rest-left")).getText())).contains("12 seconds");
        assertThat(gui.onEdt(() -> ((JLabel) find(screen, "exercise-name")).getText())).isEqualTo("Rest");
        assertThat(gui.onEdt(() -> ((JLabel) find(screen, "progress")).getText())).as("the number of the one coming")
                .startsWith("Next: exercise 8 of 11");
        assertThat(gui.onEdt(() -> visibleButtonsSending(screen))).as("touch buttons that start the next exercise")
                .containsExactly("rest-go");

        gui.onEdt(() -> {
            ((AbstractButton) find(screen, "rest-go")).doClick();
            return null;
        });
        assertThat(sent).containsExactly(Command.GO);

        gui.onEdt(() -> {
            screen.show(samples.inExercise(SessionState.RESTING, "marching", 6).nextUp(samples.exercise(
                    "single-leg-balance")).restSecondsLeft(11).build());
            return null;
        });
        assertThat(gui.onEdt(() -> ((JTextArea) find(screen, "rest-left")).getText())).contains("11 seconds");

        gui.onEdt(() -> {
            screen.show(samples.inExercise(SessionState.SPEAKING, "single-leg-balance", 7).build());
            return null;
        });
        assertThat(gui.onEdt(() -> find(screen, "control-next").isVisible())).as("Next is back after the rest")
                .isTrue();
    }

    /** The names of the visible buttons that start the next exercise now: Start now (GO) or Next. */
    private static List<String> visibleButtonsSending(Container screen) {
        List<String> names = new ArrayList<>();
        for (String name : List.of("rest-go", "control-next")) {
            Component button = find(screen, name);
            if (button != null && button.isVisible()) {
                names.add(name);
            }
        }
        return names;
    }

    private static ScreenSamples install(GuiRobot gui) {
        return gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
            return new ScreenSamples();
        });
    }

    private static SessionScreen shown(org.footcoach.session.SessionSnapshot snapshot) {
        SessionScreen screen = new SessionScreen((command, source) -> { });
        screen.show(snapshot);
        return screen;
    }

    private static Component find(Container in, String name) {
        for (Component child : in.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container inner) {
                Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

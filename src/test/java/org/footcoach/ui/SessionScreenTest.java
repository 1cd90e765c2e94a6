package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.footcoach.session.Command;
import org.footcoach.session.Cue;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSnapshot;
import org.footcoach.session.SessionState;
import org.footcoach.session.Snapshots;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;

/** The screen's listener may be called from the engine's thread; it draws on the EDT. */
@GuiTest
class SessionScreenTest {

    @Test
    void theListenerDrawsOnTheEdtWhateverThreadCallsIt(GuiRobot gui) throws InterruptedException {
        List<String> sent = new CopyOnWriteArrayList<>();
        SessionScreen screen = gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1920, 1080), Theme.LIGHT);
            return new SessionScreen((command, source) -> sent.add(command + "/" + source));
        });
        SessionListener listener = screen.listener();
        Thread engine = new Thread(() -> {
            listener.cue(new Cue.Speech(0, 500, "Hold on with both hands.", Optional.empty(), OptionalInt.empty(),
                    Optional.empty()));
            // As the app's router answers a command the engine took: "Heard: ..." drawn on the EDT.
            javax.swing.SwingUtilities.invokeLater(() -> screen.heard(Command.PAUSE));
        }, "engine");
        engine.start();
        engine.join();
        gui.robot().waitForIdle();

        assertThat(gui.onEdt(screen::captionText)).isEqualTo("Hold on with both hands.");
        String heard = gui.onEdt(() -> ((javax.swing.JLabel) find(screen, "heard")).getText());
        assertThat(heard).isEqualTo(UiText.get("session.heard", UiText.action(Command.PAUSE).name()));
        assertThat(sent).as("the screen only shows a command it is told of").isEmpty();
    }

    @Test
    void theStopRulesShowBeforeTheFirstExerciseNotAfterTheLast(GuiRobot gui) {
        ScreenSamples samples = new ScreenSamples();
        SessionScreen screen = gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1920, 1080), Theme.LIGHT);
            return new SessionScreen((command, source) -> { });
        });
        SessionSnapshot noExercise = Snapshots.speaking().ofExercises(11).minutesLeft(27).build();

        List<String> cards = gui.onEdt(() -> {
            List<String> shown = new ArrayList<>();
            screen.show(noExercise);
            shown.add(screen.card());
            screen.show(samples.inExercise(SessionState.COUNTING, "marching", 10).set(1, 2).count(3, 20)
                    .progress(0.15).build());
            shown.add(screen.card());
            screen.show(noExercise); // "That is the whole routine. Well done."
            shown.add(screen.card());
            return shown;
        });
        assertThat(cards).containsExactly(SessionCards.INTRO, SessionCards.EXERCISE, SessionCards.EXERCISE);
    }

    @Test
    void theHeaderShowsNoExerciseDuringTheClosingWordsNorAfterStop(GuiRobot gui) {
        ScreenSamples samples = new ScreenSamples();
        SessionSnapshot marching = samples.inExercise(SessionState.COUNTING, "marching", 10).set(1, 2).count(3, 20)
                .progress(0.15).build();
        SessionSnapshot intro = Snapshots.speaking().ofExercises(11).minutesLeft(27).build();
        SessionSnapshot closing = Snapshots.speaking().ofExercises(11).minutesLeft(1).build();
        SessionSnapshot stopped = Snapshots.in(SessionState.ENDED).ofExercises(11).minutesLeft(12).build();

        List<String> shown = gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1920, 1080), Theme.LIGHT);
            List<String> lines = new ArrayList<>();
            SessionScreen finished = new SessionScreen((command, source) -> { });
            finished.show(intro);
            lines.add(header(finished));
            finished.show(marching);
            finished.show(closing); // "That is the whole routine. Well done."
            lines.add(header(finished));
            SessionScreen stoppedEarly = new SessionScreen((command, source) -> { });
            stoppedEarly.show(marching);
            stoppedEarly.show(stopped); // "We stopped there. Well done for today."
            lines.add(header(stoppedEarly));
            return lines;
        });

        String closingHeader = UiText.get("session.closing") + " |   |  ";
        assertThat(shown).containsExactly(
                UiText.get("session.welcome") + " | " + UiText.get("session.progressOutside", 27) + " |  ",
                closingHeader, closingHeader);
    }

    /** The exercise name, the progress line and the side and round, as shown. */
    private static String header(SessionScreen screen) {
        return String.join(" | ", ((javax.swing.JLabel) find(screen, "exercise-name")).getText(),
                ((javax.swing.JLabel) find(screen, "progress")).getText(),
                ((javax.swing.JLabel) find(screen, "status")).getText());
    }

    @Test
    void anEarconLeavesTheCaptionAsItWas(GuiRobot gui) {
        SessionScreen screen = gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1920, 1080), Theme.LIGHT);
            SessionScreen s = new SessionScreen((command, source) -> { });
            s.showCaption("Start now.");
            return s;
        });
        screen.listener().cue(new Cue.Sound(0, 300, org.footcoach.session.Earcon.values()[0], Optional.empty()));
        gui.robot().waitForIdle();
        assertThat(gui.onEdt(screen::captionText)).isEqualTo("Start now.");
    }

    @Test
    void theHeardFlashAppearsOnACommandAndGoesWhenItsTimeIsUp(GuiRobot gui) {
        SessionScreen screen = gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1920, 1080), Theme.LIGHT);
            return new SessionScreen((command, source) -> { });
        });
        javax.swing.JLabel heard = (javax.swing.JLabel) gui.onEdt(() -> find(screen, "heard"));
        javax.swing.Timer timer = gui.onEdt(screen::heardTimer);
        assertThat(gui.onEdt(heard::isVisible)).as("nothing heard yet").isFalse();
        assertThat(gui.onEdt(timer::getInitialDelay))
                .isEqualTo(gui.onEdt(() -> javax.swing.UIManager.getInt("FootCoach.heardMillis")));
        assertThat(gui.onEdt(timer::isRepeats)).isFalse();
        // The test fires the timer itself: a real 1.5 s on a busy machine must not hide the flash before it looks.
        gui.onEdt(() -> {
            timer.setInitialDelay(Integer.MAX_VALUE);
            return null;
        });

        gui.onEdt(() -> {
            screen.heard(Command.LOUDER);
            return null;
        });
        gui.robot().waitForIdle();

        assertThat(gui.onEdt(heard::isVisible)).isTrue();
        assertThat(gui.onEdt(heard::getText))
                .isEqualTo(UiText.get("session.heard", UiText.action(Command.LOUDER).name()));
        assertThat(gui.onEdt(timer::isRunning)).as("the flash is timed").isTrue();

        gui.onEdt(() -> {
            timer.stop();
            for (java.awt.event.ActionListener tick : timer.getActionListeners()) {
                tick.actionPerformed(new java.awt.event.ActionEvent(timer, 0, null));
            }
            return null;
        });
        assertThat(gui.onEdt(heard::isVisible)).as("gone when its time is up").isFalse();

        gui.onEdt(() -> {
            screen.heard(Command.PAUSE);
            return null;
        });
        gui.robot().waitForIdle();
        assertThat(gui.onEdt(heard::isVisible)).as("back for the next command").isTrue();
        assertThat(gui.onEdt(timer::isRunning)).isTrue();
        gui.onEdt(() -> {
            timer.stop();
            return null;
        });
    }

    @Test
    void whileTheStepsAreSaidTheMiddleShowsTheStepLargeThenTheCountReplacesIt(GuiRobot gui) {
        ScreenSamples samples = gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
            return new ScreenSamples();
        });
        String said = "Bend one knee to bring the heel toward your bottom.";
        SessionScreen screen = gui.onEdt(() -> {
            SessionScreen s = new SessionScreen((command, source) -> { });
            s.show(samples.inExercise(SessionState.SPEAKING, "kick-backs", 5).build());
            s.showCaption(said);
            return s;
        });
        AppWindow window = gui.onEdt(() -> {
            AppWindow w = AppWindow.windowed(1024, 768);
            w.show("session", screen);
            w.contentPane().setSize(1024, 768);
            w.contentPane().validate();
            return w;
        });
        try {
            StepText step = (StepText) gui.onEdt(() -> find(screen, "step"));
            assertThat(gui.onEdt(screen::stepShown)).isTrue();
            assertThat(gui.onEdt(step::getText)).isEqualTo(said).isEqualTo(gui.onEdt(screen::captionText));
            assertThat(gui.onEdt(step::isVisible)).as("the step is in the middle").isTrue();
            assertThat(gui.onEdt(() -> step.getFont().getSize())).as("larger than the caption")
                    .isGreaterThan(gui.onEdt(() -> find(screen, "caption").getFont().getSize()));
            assertThat(gui.onEdt(step::fits)).as("wrapped inside its space").isTrue();

            gui.onEdt(() -> {
                screen.show(samples.inExercise(SessionState.COUNTING, "kick-backs", 5).set(1, 2).count(1, 10)
                        .build());
                screen.showCaption("One");
                return null;
            });
            assertThat(gui.onEdt(screen::stepShown)).isFalse();
            assertThat(gui.onEdt(step::isVisible)).as("the count replaces the step").isFalse();
            assertThat(gui.onEdt(() -> find(screen, "hold-ring").isVisible())).isTrue();
        } finally {
            gui.onEdt(() -> {
                window.close();
                return null;
            });
        }
    }

    private static java.awt.Component find(java.awt.Container in, String name) {
        for (java.awt.Component child : in.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof java.awt.Container inner) {
                java.awt.Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

package org.footcoach.ui;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.function.Consumer;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.border.EmptyBorder;
import org.footcoach.content.Exercise;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Cue;
import org.footcoach.session.Phrases;
import org.footcoach.session.Plan;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSnapshot;
import org.footcoach.session.SessionState;
import org.footcoach.session.SessionSummary;

/**
 * The screen of a running session: the header (exercise name, progress, the "heard" flash), the middle
 * ({@link SessionCards}: the exercise with its count in a hold ring or the step in large print, the get-ready
 * prompt, the rest, the stop rules), the caption line with the words last said, and the control row. Keys of the
 * table of actions act on the whole window. The screen only draws and forwards: every key and touch goes to the
 * {@link CommandSink}, and what it does is the engine's to decide. Create and use on the EDT; {@link #listener()}
 * may be given to the engine.
 */
public final class SessionScreen extends JPanel {
    public static final String SCREEN_NAME = "session";

    private final CommandSink commands;
    private final SessionHeader header;
    private final ControlButtons controls;
    private final ExerciseCard exercise;
    private final SessionCards middle;
    private final WrappingText caption = new WrappingText("caption", "", "caption");
    private final ScreenKeys keys = new ScreenKeys();
    private SessionSnapshot shown;
    private Consumer<SessionSummary> ended = summary -> { };

    /** A screen for a session whose prompts say what works with voice commands listening. */
    public SessionScreen(CommandSink commands) {
        this(commands, new Phrases());
    }

    /** {@code prompts}: the session's phrases, chosen for the controls there are, so screen and voice agree. */
    public SessionScreen(CommandSink commands, Phrases prompts) {
        super(new GridBagLayout());
        this.commands = commands;
        setName("session-screen");
        int margin = ThemeMetric.scaled("FootCoach.screenMargin");
        setBorder(new EmptyBorder(margin, margin, margin, margin));
        int gap = ThemeMetric.scaled("FootCoach.gap");
        header = new SessionHeader(gap);
        controls = new ControlButtons(gap, this::touch, () -> state().waiting() ? Command.GO : Command.PAUSE);
        exercise = new ExerciseCard(gap, controls.soundAndPace(), () -> touch(Command.DONE));
        middle = new SessionCards(gap, exercise, this::touch, prompts);
        caption.setRows(2);
        caption.setColumns(1);
        header.showName(UiText.get("session.welcome"));
        layOut(gap);
        keys.bind(this, commands);
    }

    /** Called on the EDT with the summary when the session is over. */
    public void onEnded(Consumer<SessionSummary> listener) {
        ended = listener;
    }

    /** A listener for the engine: every call hops to the EDT, so the engine never waits for the screen. */
    public SessionListener listener() {
        return new SessionListener() {
            @Override
            public void sessionStarted(Plan plan, long atMillis) {
                String equipment = plan.equipmentSentence().orElse("");
                boolean standing = plan.hasStandingWork();
                SwingUtilities.invokeLater(() -> {
                    header.showName(UiText.get("session.welcome"));
                    middle.showIntro(equipment, standing);
                });
            }

            @Override
            public void exerciseStarted(int index, int count, Exercise started, int side) {
                SwingUtilities.invokeLater(() -> showExercise(started));
            }

            @Override
            public void cue(Cue cue) {
                if (cue instanceof Cue.Speech speech) {
                    SwingUtilities.invokeLater(() -> showCaption(speech.text()));
                }
            }

            @Override
            public void stateChanged(SessionSnapshot snapshot) {
                SwingUtilities.invokeLater(() -> show(snapshot));
            }

            @Override
            public void sessionEnded(SessionSummary summary) {
                SwingUtilities.invokeLater(() -> ended.accept(summary));
            }
        };
    }

    /** Shows what the session is doing now. EDT. */
    void show(SessionSnapshot snapshot) {
        shown = snapshot;
        middle.show(snapshot);
        boolean resting = middle.card().equals(SessionCards.REST);
        if (resting) {
            header.showName(UiText.get("rest.title"));
        } else {
            snapshot.inExercise().ifPresent(in -> {
                showExercise(in.exercise());
                exercise.showSide(in.sides() == 2 && in.side() > 0
                        ? UiText.get("picture.side." + in.side()) : " ");
            });
        }
        header.show(snapshot);
        exercise.showCount(SessionText.ring(snapshot), SessionText.countOf(snapshot), SessionText.ringShown(snapshot),
                snapshot.progress());
        controls.showWaiting(snapshot.state().waiting());
        // The rest card's Start now is the one way to start early by touch: Next would do the same.
        controls.showResting(resting);
    }

    /** Shows exactly what is being said now. EDT. */
    void showCaption(String text) {
        caption.setText(text);
        exercise.showStep(text);
    }

    /** Whether the middle shows the step being said in large print (true) or the count (false). */
    boolean stepShown() {
        return exercise.stepShown();
    }

    /** The words in large print in the middle while there is no count. */
    String stepText() {
        return exercise.stepText();
    }

    /** What the caption line shows: the words last said. */
    String captionText() {
        return caption.getText();
    }

    String card() {
        return middle.card();
    }

    /** What the intro card shows under the stop rules: everything the routine needs. */
    String equipmentShown() {
        return middle.equipmentShown();
    }

    /** The timer that hides the "heard" flash; tests fire it instead of waiting. */
    Timer heardTimer() {
        return header.heard().timer();
    }

    /** "Heard: Next" in the header for a moment: the answer to every command. EDT. */
    public void heard(Command command) {
        header.heard().flash(command);
    }

    private void showExercise(Exercise shownExercise) {
        if (!shownExercise.name().equals(header.name())) {
            // Next, Next, Next to skip ahead: each press after the new exercise shows is meant.
            controls.acceptNextTap();
        }
        header.showName(shownExercise.name());
        exercise.showPicture(shownExercise.picture());
    }

    private SessionState state() {
        return shown == null ? SessionState.SPEAKING : shown.state();
    }

    private void touch(Command command) {
        commands.send(command, CommandSource.TOUCH);
    }

    private void layOut(int gap) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        add(header, c);
        c.weighty = 1;
        c.fill = GridBagConstraints.BOTH;
        c.insets = new Insets(gap, 0, 0, 0);
        add(middle, c);
        c.weighty = 0;
        c.fill = GridBagConstraints.HORIZONTAL;
        add(caption, c);
        add(controls.row(), c);
    }
}

package org.footcoach.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.border.EmptyBorder;
import org.footcoach.content.Exercise;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Cue;
import org.footcoach.session.Plan;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSnapshot;
import org.footcoach.session.SessionState;
import org.footcoach.session.SessionSummary;

/**
 * The screen of a running session: exercise name, progress, the picture, the count in a hold ring (or, while the
 * steps are said, the step in large print), the caption
 * line, and the controls (Back, Repeat, Pause or Go on, Next, Stop, Help; Softer, Louder, Slower, Faster). The middle
 * shows the exercise, the get-ready prompt before standing work, or the rest with what comes next. Keys of the
 * controls table act on the whole window. Create and use on the EDT; {@link #listener()} may be given to the engine.
 */
public final class SessionScreen extends JPanel {
    public static final String SCREEN_NAME = "session";
    static final String EXERCISE = "exercise";
    static final String GET_READY = "get-ready";
    static final String REST = "rest";
    static final String INTRO = "intro";
    private static final String COUNT = "count";
    private static final String STEP = "step";

    private final CommandSink commands;
    private final JLabel name = label("exercise-name", "title", SwingConstants.LEADING);
    private final JLabel progress = label("progress", "progress", SwingConstants.LEADING);
    private final JLabel status = label("status", "progress", SwingConstants.TRAILING);
    private final JLabel heard = label("heard", "heard", SwingConstants.CENTER);
    private final WrappingText caption = new WrappingText("caption", "", "caption");
    private final CardLayout cards = new CardLayout();
    private final JPanel middle = new JPanel(cards);
    private final PictureView picture = new PictureView("picture");
    private final CountRing ring = new CountRing();
    private final StepText step = new StepText("step");
    private final CardLayout countOrStep = new CardLayout();
    private final JPanel centre = new JPanel(countOrStep);
    private final PictureView nextPicture = new PictureView("next-picture");
    private final WrappingText nextUp = new WrappingText("next-up", " ", "heading");
    private final TouchButton pause;
    private final Timer heardTimer;
    private final ScreenKeys keys = new ScreenKeys();
    private final List<TouchButton> controls = new ArrayList<>();
    private SessionSnapshot shown;
    private String card = EXERCISE;
    private boolean stepShown = true;
    private Consumer<SessionSummary> ended = summary -> { };
    private Runnable helpAsked = () -> { };

    public SessionScreen(CommandSink commands) {
        super(new GridBagLayout());
        this.commands = commands;
        setName("session-screen");
        int margin = ThemeMetric.scaled("FootCoach.screenMargin");
        setBorder(new EmptyBorder(margin, margin, margin, margin));
        pause = new TouchButton("control-pause", UiText.get("control.pause"), "control",
                () -> touch(pauseCommand()));
        heardTimer = new Timer(((Number) UIManager.get("FootCoach.heardMillis")).intValue(),
                e -> heard.setVisible(false));
        heardTimer.setRepeats(false);
        heard.setOpaque(true);
        heard.setVisible(false);
        caption.setRows(2);
        caption.setColumns(1);
        name.setText(UiText.get("session.welcome"));
        layOut();
        keys.bind(this, (role, press) -> key(role.command(press, state())));
    }

    /** Called on the EDT with the summary when the session is over. */
    public void onEnded(Consumer<SessionSummary> listener) {
        ended = listener;
    }

    /** Called on the EDT when the person asks for help (the HELP command is sent too). */
    public void onHelp(Runnable listener) {
        helpAsked = listener;
    }

    /** A listener for the engine: every call hops to the EDT, so the engine never waits for the screen. */
    public SessionListener listener() {
        return new SessionListener() {
            @Override
            public void sessionStarted(Plan plan, long atMillis) {
                SwingUtilities.invokeLater(() -> name.setText(UiText.get("session.welcome")));
            }

            @Override
            public void exerciseStarted(int index, int count, Exercise exercise, int side) {
                SwingUtilities.invokeLater(() -> showExercise(exercise));
            }

            @Override
            public void cue(Cue cue) {
                if (cue.isSpeech()) {
                    SwingUtilities.invokeLater(() -> showCaption(cue.text()));
                }
            }

            @Override
            public void command(Command command, CommandSource source, boolean acted) {
                SwingUtilities.invokeLater(() -> flashHeard(command));
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
        if (snapshot.exercise() != null) {
            showExercise(snapshot.exercise());
        }
        progress.setText(snapshot.exerciseIndex() >= 0
                ? UiText.get("session.progress", snapshot.exerciseIndex() + 1, snapshot.exerciseCount(),
                        snapshot.minutesLeft())
                : UiText.get("session.progressOutside", snapshot.minutesLeft()));
        status.setText(statusLine(snapshot));
        boolean timedOrHold = KeyRole.holding(snapshot.state())
                || snapshot.state() == SessionState.PAUSED && snapshot.progress() > 0;
        String count = ringText(snapshot);
        ring.show(count, timedOrHold, snapshot.progress());
        stepShown = count.isEmpty() && !timedOrHold;
        countOrStep.show(centre, stepShown ? STEP : COUNT);
        boolean waiting = KeyRole.waiting(snapshot.state());
        pause.setText(UiText.get(waiting ? "control.go" : "control.pause"));
        pause.style(waiting ? "control highlighted" : "control");
        if (snapshot.state() == SessionState.WAITING_FOR_GO || snapshot.state() == SessionState.COUNTING_DOWN) {
            showCard(GET_READY);
        } else if (snapshot.nextUp() != null && snapshot.state() == SessionState.RESTING) {
            nextUp.setText(UiText.get("rest.nextUp", snapshot.nextUp().name()));
            nextPicture.show(snapshot.nextUp().picture());
            showCard(REST);
        } else if (snapshot.exerciseIndex() < 0 && snapshot.state() != SessionState.PAUSED) {
            showCard(INTRO);
        } else if (snapshot.state() != SessionState.PAUSED) {
            showCard(EXERCISE);
        }
    }

    /** Shows exactly what is being said now. EDT. */
    void showCaption(String text) {
        caption.setText(text);
        step.setText(text);
    }

    /** Whether the middle shows the step being said in large print (true) or the count (false). */
    boolean stepShown() {
        return stepShown;
    }

    /** The words in large print in the middle while there is no count. */
    String stepText() {
        return step.getText();
    }

    /** What the caption line shows: the words last said. */
    String captionText() {
        return caption.getText();
    }

    String card() {
        return card;
    }

    /** The count; in timed work (no count) the whole minutes left, like the spoken minute clock. */
    private static String ringText(SessionSnapshot snapshot) {
        if (snapshot.count() != null) {
            return Integer.toString(snapshot.count());
        }
        boolean timed = snapshot.state() == SessionState.TIMING
                || snapshot.state() == SessionState.PAUSED && snapshot.progress() > 0;
        if (timed && snapshot.countTotal() > 0) {
            double secondsLeft = snapshot.countTotal() * (1 - snapshot.progress());
            return UiText.get("session.minutesLeft", Math.max(1, (int) Math.ceil(secondsLeft / 60)));
        }
        return "";
    }

    private static String statusLine(SessionSnapshot snapshot) {
        if (snapshot.state() == SessionState.PAUSED) {
            return UiText.get("session.paused");
        }
        StringBuilder line = new StringBuilder();
        if (snapshot.sides() == 2 && snapshot.side() > 0) {
            line.append(UiText.get("session.side", snapshot.side()));
        }
        if (snapshot.sets() > 1 && snapshot.set() > 0) {
            if (line.length() > 0) {
                line.append(UiText.get("session.separator"));
            }
            line.append(UiText.get("session.set", snapshot.set(), snapshot.sets()));
        }
        // A label with no text would collapse and make the layout jump.
        return line.length() > 0 ? line.toString() : " ";
    }

    private void showExercise(Exercise exercise) {
        if (!exercise.name().equals(name.getText())) {
            // Next, Next, Next to skip ahead: each press after the new exercise shows is meant.
            controls.forEach(TouchButton::acceptNextTap);
        }
        name.setText(exercise.name());
        picture.show(exercise.picture());
    }

    private void showCard(String next) {
        if (!next.equals(card)) {
            card = next;
            cards.show(middle, next);
        }
    }

    private SessionState state() {
        return shown == null ? SessionState.SPEAKING : shown.state();
    }

    private Command pauseCommand() {
        return KeyRole.waiting(state()) ? Command.GO : Command.PAUSE;
    }

    private void touch(Command command) {
        send(command, CommandSource.TOUCH);
    }

    private void key(Command command) {
        send(command, CommandSource.KEY);
    }

    private void send(Command command, CommandSource source) {
        commands.send(command, source);
        if (command == Command.HELP) {
            helpAsked.run();
        }
    }

    /** The timer that hides the "heard" flash; tests fire it instead of waiting. */
    Timer heardTimer() {
        return heardTimer;
    }

    void flashHeard(Command command) {
        heard.setText(UiText.get("session.heard", UiText.get("command." + command.logName())));
        heard.setVisible(true);
        heardTimer.restart();
    }

    // ---- layout ----------------------------------------------------------------------------------------------

    private void layOut() {
        int gap = ThemeMetric.scaled("FootCoach.gap");
        GridBagConstraints c = new GridBagConstraints();
        c.fill = GridBagConstraints.HORIZONTAL;
        c.gridy = 0;
        c.weightx = 1;
        add(name, c);
        c.weightx = 0;
        c.fill = GridBagConstraints.NONE;
        c.anchor = GridBagConstraints.EAST;
        c.insets = new Insets(0, gap, 0, 0);
        add(heard, c);

        c.gridy = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.CENTER;
        c.insets = new Insets(gap / 3, 0, 0, 0);
        add(progress, c);
        c.weightx = 0;
        c.insets = new Insets(gap / 3, gap, 0, 0);
        add(status, c);

        c.gridy = 2;
        c.gridwidth = 2;
        c.weighty = 1;
        c.fill = GridBagConstraints.BOTH;
        c.insets = new Insets(gap, 0, 0, 0);
        middle.setOpaque(false);
        // The middle takes whatever the fixed rows leave, so those rows always get their full height.
        middle.setPreferredSize(new Dimension(1, 1));
        middle.setMinimumSize(new Dimension(1, 1));
        middle.add(exerciseCard(gap), EXERCISE);
        middle.add(getReadyCard(gap), GET_READY);
        middle.add(restCard(gap), REST);
        middle.add(introCard(gap), INTRO);
        add(middle, c);

        c.gridy = 3;
        c.weighty = 0;
        c.fill = GridBagConstraints.HORIZONTAL;
        add(caption, c);

        c.gridy = 4;
        add(controlRow(gap), c);
    }

    private JPanel exerciseCard(int gap) {
        JPanel panel = new JPanel(new GridBagLayout());
        panel.setName("exercise-card");
        panel.setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        c.fill = GridBagConstraints.BOTH;
        c.weighty = 1;
        c.weightx = 0.25;
        panel.add(picture, c);
        c.weightx = 0.75;
        c.insets = new Insets(0, gap, 0, 0);
        ring.addActionListener(e -> touch(Command.DONE));
        centre.setOpaque(false);
        centre.add(step, STEP);
        centre.add(ring, COUNT);
        panel.add(centre, c);
        c.weightx = 0;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.CENTER;
        JPanel sound = new JPanel(new GridLayout(2, 2, gap, gap));
        sound.setOpaque(false);
        sound.add(control(Command.SOFTER, "control.softer"));
        sound.add(control(Command.LOUDER, "control.louder"));
        sound.add(control(Command.SLOWER, "control.slower"));
        sound.add(control(Command.FASTER, "control.faster"));
        // A little more than the least gap: the grid's rounding may give the ring a pixel more.
        c.insets = new Insets(0, gap + gap / 5, 0, 0);
        panel.add(sound, c);
        return panel;
    }

    private JPanel getReadyCard(int gap) {
        PictureView prompt = new PictureView("get-ready-picture");
        prompt.show("get-ready");
        // The Go on button in the control row is the "I am ready" button: it is highlighted while the app waits.
        return pictureAndWords("get-ready-card", prompt, gap,
                label("get-ready-title", "heading", SwingConstants.LEADING, UiText.get("getReady.title")),
                text("get-ready-support", UiText.get("getReady.support")),
                text("get-ready-how", UiText.get("getReady.how")));
    }

    /** Before the first exercise, while the stop rules are said: the stop rules in print. */
    private static JPanel introCard(int gap) {
        JPanel column = new JPanel(new GridBagLayout());
        column.setName("intro-card");
        column.setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.NORTH;
        column.add(label("intro-title", "heading", SwingConstants.LEADING, UiText.get("help.stopRules")), c);
        for (int n = 1; n <= 4; n++) {
            c.insets = new Insets(gap / 3, 0, 0, 0);
            c.weighty = n == 4 ? 1 : 0;
            column.add(text("intro-stop-" + n, UiText.get("help.stop." + n)), c);
        }
        return column;
    }

    private JPanel restCard(int gap) {
        return pictureAndWords("rest-card", nextPicture, gap,
                label("rest-title", "title", SwingConstants.LEADING, UiText.get("rest.title")),
                nextUp,
                new TouchButton("rest-go", UiText.get("rest.button"), "large", () -> touch(Command.GO)));
    }

    /** A picture on the left half; on the right, the words from the top and the button under them. */
    private static JPanel pictureAndWords(String name, PictureView picture, int gap, JComponent... words) {
        JPanel panel = new JPanel(new GridLayout(1, 2, gap, 0));
        panel.setName(name);
        panel.setOpaque(false);
        panel.add(picture);
        JPanel column = new JPanel(new GridBagLayout());
        column.setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.NORTH;
        for (int i = 0; i < words.length; i++) {
            boolean last = i == words.length - 1;
            boolean button = words[i] instanceof TouchButton;
            c.insets = new Insets(i == 0 ? 0 : button ? gap : gap / 2, 0, 0, 0);
            c.weighty = last ? 1 : 0;
            column.add(words[i], c);
        }
        panel.add(column);
        return panel;
    }

    private JPanel controlRow(int gap) {
        JPanel row = new JPanel(new GridLayout(1, 6, gap, 0));
        row.setOpaque(false);
        row.setBorder(new EmptyBorder(gap, 0, 0, 0));
        row.add(control(Command.BACK, "control.back"));
        row.add(control(Command.REPEAT, "control.repeat"));
        row.add(pause);
        row.add(control(Command.NEXT, "control.next"));
        row.add(control(Command.STOP, "control.stop"));
        row.add(control(Command.HELP, "control.help"));
        return row;
    }

    private TouchButton control(Command command, String textKey) {
        TouchButton button = new TouchButton(ControlsTable.of(command).touchControl(), UiText.get(textKey),
                "control", () -> touch(command));
        controls.add(button);
        return button;
    }

    private static JLabel label(String name, String style, int alignment) {
        return label(name, style, alignment, " ");
    }

    private static JLabel label(String name, String style, int alignment, String text) {
        JLabel label = new JLabel(text, alignment);
        label.setName(name);
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, style);
        return label;
    }

    private static WrappingText text(String name, String text) {
        WrappingText area = new WrappingText(name, text, "body");
        area.setColumns(1);
        return area;
    }
}

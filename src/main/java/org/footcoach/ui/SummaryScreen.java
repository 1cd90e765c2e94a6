package org.footcoach.ui;

import java.awt.CardLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.swing.JPanel;
import javax.swing.border.EmptyBorder;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.ExerciseResult;
import org.footcoach.session.SessionSummary;

/**
 * The end: what was done, the reminder to look at both feet, then "How hard was that?" and "Any pain?" one after the
 * other as eleven big buttons, and a way back to the start, drawn as its {@link SummaryController} says. It draws
 * and forwards: a touch on an answer points at it and sends "go", "Back to start" sends "stop", and the keys of the
 * table of actions act on the whole window (Right or Page Down and Left or Page Up move the highlight, Space or
 * Enter choose, Escape goes back), so a pedal or clicker can answer.
 */
public final class SummaryScreen extends JPanel {
    public static final String SCREEN_NAME = "summary";
    private static final String THANKS = "thanks";

    private final SummaryController controller;
    private final CommandSink commands;
    private final CardLayout questions = new CardLayout();
    private final JPanel question = new JPanel(questions);
    private final ScaleChoice effort;
    private final ScaleChoice pain;
    private final TitleOrHeard title;

    public SummaryScreen(SessionSummary summary, SummaryController controller, CommandSink commands) {
        super(new GridBagLayout());
        this.controller = controller;
        this.commands = commands;
        setName("summary-screen");
        int margin = ThemeMetric.scaled("FootCoach.screenMargin");
        int gap = ThemeMetric.scaled("FootCoach.gap");
        setBorder(new EmptyBorder(margin, margin, margin, margin));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        title = new TitleOrHeard("summary-title",
                UiText.get(summary.stoppedEarly() ? "summary.stoppedTitle" : "summary.title"));
        TouchButton back = new TouchButton("summary-back", UiText.get("summary.back"), "large",
                () -> commands.send(Command.STOP, CommandSource.TOUCH));
        add(StyledLabel.titleRow(title, back, gap), c);
        c.insets = new Insets(gap / 2, 0, 0, 0);
        WrappingText done = new WrappingText("summary-results", results(summary), "body");
        done.setColumns(1);
        add(done, c);
        c.insets = new Insets(gap, 0, 0, 0);
        add(StyledLabel.of("summary-feet", "heading", UiText.get("summary.feet")), c);

        question.setOpaque(false);
        effort = new ScaleChoice("effort", this::answer);
        pain = new ScaleChoice("pain", this::answer);
        question.add(ask(effort, "summary.effort"), SummaryController.Question.EFFORT.name());
        question.add(ask(pain, "summary.pain"), SummaryController.Question.PAIN.name());
        JPanel thanks = new JPanel(new GridBagLayout());
        thanks.setOpaque(false);
        thanks.add(StyledLabel.of("summary-thanks", "heading", UiText.get("summary.thanks")));
        question.add(thanks, SummaryController.Question.THANKS.name());
        add(question, c);
        // Space left over goes below, so the answers sit right under what was done.
        c.weighty = 1;
        JPanel rest = new JPanel();
        rest.setOpaque(false);
        add(rest, c);

        new ScreenKeys().bind(this, commands);
        controller.onChange(this::showAsked);
    }

    /** "Heard: Next", for a moment in the title's place: a command said here was heard, whether or not it acts. */
    public void heard(Command command) {
        title.heard(command);
    }

    private void answer(int value) {
        controller.pointAt(value);
        commands.send(Command.GO, CommandSource.TOUCH);
    }

    private void showAsked() {
        SummaryController.Question asking = controller.asking();
        questions.show(question, asking.name());
        ScaleChoice shown = asking == SummaryController.Question.EFFORT ? effort
                : asking == SummaryController.Question.PAIN ? pain : null;
        if (shown != null) {
            shown.mark(controller.highlighted());
        }
    }

    private JPanel ask(ScaleChoice choice, String textKey) {
        int gap = ThemeMetric.scaled("FootCoach.gap");
        JPanel panel = new JPanel(new GridBagLayout());
        panel.setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        WrappingText text = new WrappingText(choice.getName() + "-question", UiText.get(textKey), "caption");
        text.setColumns(1);
        panel.add(text, c);
        c.insets = new Insets(gap / 2, 0, gap, 0);
        panel.add(choice, c);
        return panel;
    }

    /** How many were done, then only the ones not fully done by kind, so it stays short for any routine. */
    private static String results(SessionSummary summary) {
        List<ExerciseResult> all = summary.exercises();
        long done = all.stream().filter(r -> r.status() == ExerciseResult.Status.DONE).count();
        long minutes = Math.max(1, Math.round(summary.elapsedMillis() / 60000.0));
        StringBuilder text = new StringBuilder(UiText.get("summary.count", done, all.size(), minutes));
        for (ExerciseResult.Status status : List.of(ExerciseResult.Status.PARTLY_DONE, ExerciseResult.Status.SKIPPED,
                ExerciseResult.Status.NOT_REACHED)) {
            String names = all.stream().filter(r -> r.status() == status).map(ExerciseResult::name)
                    .collect(Collectors.joining(", "));
            if (!names.isEmpty()) {
                text.append('\n').append(UiText.get("summary." + status.name().toLowerCase(Locale.ROOT), names));
            }
        }
        return text.toString();
    }

}

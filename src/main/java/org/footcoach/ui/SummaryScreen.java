package org.footcoach.ui;

import java.awt.CardLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.swing.JPanel;
import javax.swing.Timer;
import javax.swing.border.EmptyBorder;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.ExerciseResult;
import org.footcoach.session.Phrases;
import org.footcoach.session.SessionSummary;

/**
 * The end: what was done, the reminder to look at both feet (the sentence the session said), then "How hard was
 * that?" and "Any pain?" one after the other in large print, each with eleven big buttons 0 to 10, and a way back to
 * the start, drawn as its {@link SummaryController} says. Each question shows the phrase that is said, from
 * {@code phrases.properties}. It draws and forwards: a touch on an answer sends that number, "Back to start" sends
 * "stop", and the keys of the table of actions act on the whole window, so a pedal or clicker can answer.
 */
public final class SummaryScreen extends JPanel {
    public static final String SCREEN_NAME = "summary";
    private static final String FEET_PHRASE = "end.check-feet";
    private static final String QUESTION = "question";
    private static final String LEAVE_ASK = "leave-ask";

    private final SummaryController controller;
    private final CardLayout questions = new CardLayout();
    private final JPanel question = new JPanel(questions);
    private final ScaleChoice effort;
    private final ScaleChoice pain;
    private final TitleOrHeard title;
    /** Each question's words, or in their place "Press again to go back to the start". */
    private final List<JPanel> prompts = new ArrayList<>();
    private final Timer leaveAskEnds;

    public SummaryScreen(SessionSummary summary, SummaryController controller, CommandSink commands) {
        super(new GridBagLayout());
        this.controller = controller;
        setName("summary-screen");
        Phrases phrases = new Phrases();
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
        add(text("summary-results", results(summary), "summaryText"), c);
        c.insets = new Insets(gap / 2, 0, 0, 0);
        add(text("summary-feet", phrases.text(FEET_PHRASE), "summaryText"), c);

        question.setOpaque(false);
        effort = new ScaleChoice("effort", value -> commands.send(Command.answer(value), CommandSource.TOUCH));
        pain = new ScaleChoice("pain", value -> commands.send(Command.answer(value), CommandSource.TOUCH));
        String leaveAsk = phrases.text(SummaryController.LEAVE_ASK);
        question.add(ask(effort, prompt("effort-question", phrases.text(SummaryController.Question.EFFORT.phraseKey()),
                leaveAsk)), SummaryController.Question.EFFORT.name());
        question.add(ask(pain, prompt("pain-question", phrases.text(SummaryController.Question.PAIN.phraseKey()),
                leaveAsk)), SummaryController.Question.PAIN.name());
        question.add(prompt("summary-thanks", phrases.text(SummaryController.Question.THANKS.phraseKey()), leaveAsk),
                SummaryController.Question.THANKS.name());
        c.insets = new Insets(gap, 0, 0, 0);
        add(question, c);

        // Space left over goes below, so the answers sit right under what was done.
        c.insets = new Insets(0, 0, 0, 0);
        c.weighty = 1;
        JPanel rest = new JPanel();
        rest.setOpaque(false);
        add(rest, c);
        leaveAskEnds = new Timer((int) SummaryController.CONFIRM_MILLIS + 100, e -> showAsked());
        leaveAskEnds.setRepeats(false);

        new ScreenKeys().bind(this, commands);
        controller.onChange(this::showAsked);
        showAsked();
    }

    /** "Heard: Next", for a moment in the title's place: a command said here was heard, whether or not it acts. */
    public void heard(Command command) {
        title.heard(command);
    }

    private void showAsked() {
        SummaryController.Question asking = controller.asking();
        questions.show(question, asking.name());
        ScaleChoice shown = asking == SummaryController.Question.EFFORT ? effort
                : asking == SummaryController.Question.PAIN ? pain : null;
        if (shown != null) {
            shown.mark(controller.highlighted());
        }
        boolean leaving = controller.askingToLeave();
        for (JPanel prompt : prompts) {
            ((CardLayout) prompt.getLayout()).show(prompt, leaving ? LEAVE_ASK : QUESTION);
        }
        if (leaving) {
            leaveAskEnds.restart();
        }
    }

    /**
     * A question's words named {@code name}, and in the same place, as large, the question whether to go back: the
     * answers below never move.
     */
    private JPanel prompt(String name, String questionText, String leaveAskText) {
        JPanel prompt = new JPanel(new CardLayout());
        prompt.setOpaque(false);
        prompt.add(text(name, questionText, "question"), QUESTION);
        WrappingText leaveAsk = text(name.replace("-question", "") + "-leave-ask", leaveAskText, "notice");
        leaveAsk.setOpaque(true);
        prompt.add(leaveAsk, LEAVE_ASK);
        prompts.add(prompt);
        return prompt;
    }

    private JPanel ask(ScaleChoice choice, JPanel prompt) {
        int gap = ThemeMetric.scaled("FootCoach.gap");
        JPanel panel = new JPanel(new GridBagLayout());
        panel.setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        panel.add(prompt, c);
        c.insets = new Insets(gap / 2, 0, 0, 0);
        panel.add(choice, c);
        return panel;
    }

    private static WrappingText text(String name, String text, String style) {
        WrappingText area = new WrappingText(name, text, style);
        area.setColumns(1);
        return area;
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

package org.footcoach.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.CardLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.border.EmptyBorder;
import org.footcoach.session.Command;
import org.footcoach.session.ExerciseResult;
import org.footcoach.session.SessionSummary;

/**
 * The end: what was done, the reminder to look at both feet, then "How hard was that?" and "Any pain?" one after the
 * other as eleven big buttons, and a way back to the start. Keys, so a pedal or clicker can answer: Right or Page Down
 * and Left or Page Up move a highlight over the answers, Space or Enter choose it; Space or Enter with no highlight,
 * or Escape, go back to the start.
 */
public final class SummaryScreen extends JPanel {
    public static final String SCREEN_NAME = "summary";
    private static final String EFFORT = "effort";
    private static final String PAIN = "pain";
    private static final String THANKS = "thanks";

    private final CardLayout questions = new CardLayout();
    private final JPanel question = new JPanel(questions);
    private Integer effort;
    private Integer pain;
    private ScaleChoice asking;
    private final ScreenKeys keys = new ScreenKeys();
    private final TouchButton back;
    private final TitleOrHeard title;
    private Consumer<SessionFeedback> finished = feedback -> { };

    public SummaryScreen(SessionSummary summary) {
        super(new GridBagLayout());
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
        add(title, c);
        back = new TouchButton("summary-back", UiText.get("summary.back"), "large",
                () -> finished.accept(new SessionFeedback(effort, pain)));
        c.gridx = 1;
        c.weightx = 0;
        c.fill = GridBagConstraints.NONE;
        c.insets = new Insets(0, gap, 0, 0);
        add(back, c);
        c.gridx = 0;
        c.gridwidth = 2;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(gap / 2, 0, 0, 0);
        WrappingText done = new WrappingText("summary-results", results(summary), "body");
        done.setColumns(1);
        add(done, c);
        c.insets = new Insets(gap, 0, 0, 0);
        add(label("summary-feet", "heading", UiText.get("summary.feet")), c);

        question.setOpaque(false);
        ScaleChoice painChoice = new ScaleChoice("pain", value -> {
            pain = value;
            asking = null;
            questions.show(question, THANKS);
        });
        ScaleChoice effortChoice = new ScaleChoice("effort", value -> {
            effort = value;
            asking = painChoice;
            questions.show(question, PAIN);
        });
        asking = effortChoice;
        question.add(ask(effortChoice, "summary.effort"), EFFORT);
        question.add(ask(painChoice, "summary.pain"), PAIN);
        JPanel thanks = new JPanel(new GridBagLayout());
        thanks.setOpaque(false);
        thanks.add(label("summary-thanks", "heading", UiText.get("summary.thanks")));
        question.add(thanks, THANKS);
        add(question, c);
        // Space left over goes below, so the answers sit right under what was done.
        c.weighty = 1;
        JPanel rest = new JPanel();
        rest.setOpaque(false);
        add(rest, c);

        bindKeys();
    }

    /** Through {@link ScreenKeys}, so a held key or a bouncing pedal answers once, not both questions. */
    private void bindKeys() {
        keys.bind(this, (role, press) -> {
            switch (role) {
                case NEXT, PAGE_DOWN -> moveHighlight(1);
                case BACK -> moveHighlight(-1);
                case SPACE, ENTER -> chooseHighlighted();
                case STOP -> back.doClick();
                default -> { }
            }
        });
    }

    /** "Heard: Next", for a moment in the title's place: a command said here was heard, whether or not it acts. */
    public void heard(Command command) {
        title.heard(command);
    }

    /** Moves the highlight over the answers of the question shown (negative is back); EDT. */
    public void moveHighlight(int steps) {
        if (asking != null) {
            asking.moveHighlight(steps);
        }
    }

    /** Answers the question shown with the highlighted value, or, with nothing highlighted, goes back; EDT. */
    public void chooseHighlighted() {
        if (asking == null || !asking.chooseHighlighted()) {
            back.doClick();
        }
    }

    /** Called on the EDT with the answers given (either may be null) when the person goes back to the start. */
    public void onFinished(Consumer<SessionFeedback> listener) {
        finished = listener;
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

    private static JLabel label(String name, String style, String text) {
        JLabel label = new JLabel(text);
        label.setName(name);
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, style);
        return label;
    }
}

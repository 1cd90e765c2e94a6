package org.footcoach.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.CardLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.border.EmptyBorder;
import org.footcoach.session.ExerciseResult;
import org.footcoach.session.SessionSummary;

/**
 * The end: what was done, the reminder to look at both feet, then "How hard was that?" and "Any pain?" one after the
 * other as eleven big buttons, and a way back to the start (Escape or Enter too).
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
        add(label("summary-title", "title",
                UiText.get(summary.stoppedEarly() ? "summary.stoppedTitle" : "summary.title")), c);
        TouchButton back = new TouchButton("summary-back", UiText.get("summary.back"), "large",
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
        question.add(ask("effort", "summary.effort", value -> {
            effort = value;
            questions.show(question, PAIN);
        }), EFFORT);
        question.add(ask("pain", "summary.pain", value -> {
            pain = value;
            questions.show(question, THANKS);
        }), PAIN);
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

        for (int key : new int[] {KeyEvent.VK_ESCAPE, KeyEvent.VK_ENTER}) {
            getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(key, 0), "back");
        }
        getActionMap().put("back", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                back.doClick();
            }
        });
    }

    /** Called on the EDT with the answers given (either may be null) when the person goes back to the start. */
    public void onFinished(Consumer<SessionFeedback> listener) {
        finished = listener;
    }

    private JPanel ask(String name, String textKey, IntConsumer chosen) {
        int gap = ThemeMetric.scaled("FootCoach.gap");
        JPanel panel = new JPanel(new GridBagLayout());
        panel.setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        WrappingText text = new WrappingText(name + "-question", UiText.get(textKey), "caption");
        text.setColumns(1);
        panel.add(text, c);
        c.insets = new Insets(gap / 2, 0, gap, 0);
        panel.add(new ScaleChoice(name, chosen), c);
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

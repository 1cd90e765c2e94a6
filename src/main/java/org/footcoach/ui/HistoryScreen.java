package org.footcoach.ui;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.border.EmptyBorder;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;

/**
 * The History screen in large print: the newest sessions in words (when, which exercises, how much was done, the two
 * answers), and under them the last eight weeks ({@link WeeksChart}); with no session yet, one sentence saying how to
 * start one. It draws and forwards to its {@link HistoryController}: Export sends "export", Back sends "back", and the
 * keys of the table of actions act on the whole window. After an export it shows the sentence the controller tells.
 */
public final class HistoryScreen extends JPanel {
    public static final String SCREEN_NAME = "history";
    private static final String[] COLUMNS = {"when", "routine", "done", "effort", "pain"};
    /** How the width is shared: the answers ("3 of 10") need least. */
    private static final double[] WIDTHS = {1.2, 1.1, 1.2, 0.8, 0.8};

    private final TitleOrHeard title = new TitleOrHeard("history-title", UiText.get("history.title"));
    private final WrappingText told = text("history-told", "", "summaryText");

    public HistoryScreen(HistoryController controller, CommandSink commands) {
        super(new GridBagLayout());
        setName("history-screen");
        int margin = ThemeMetric.scaled("FootCoach.screenMargin");
        int gap = ThemeMetric.scaled("FootCoach.gap");
        setBorder(new EmptyBorder(margin, margin, margin, margin));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        add(StyledLabel.titleRow(title, buttons(controller, commands, gap), gap), c);

        c.insets = new Insets(gap / 2, 0, 0, 0);
        told.setVisible(false);
        add(told, c);
        if (controller.empty()) {
            add(text("history-empty", UiText.get("history.empty"), "question"), c);
            c.weighty = 1;
            JPanel rest = new JPanel();
            rest.setOpaque(false);
            add(rest, c);
        } else {
            add(table(controller.newest(), gap), c);
            c.insets = new Insets(gap, 0, 0, 0);
            c.weighty = 1;
            c.fill = GridBagConstraints.BOTH;
            add(new WeeksChart(controller.weeks()), c);
        }
        new ScreenKeys().bind(this, commands);
        controller.onTold(this::tell);
    }

    /** "Heard: Export", for a moment in the title's place: a command was heard, whether or not it acts. EDT. */
    public void heard(Command command) {
        title.heard(command);
    }

    private void tell(String sentence) {
        told.setText(sentence);
        told.setVisible(true);
        revalidate();
    }

    /** Export (when there is something to save) and Back, at the end of the title's line. */
    private static JPanel buttons(HistoryController controller, CommandSink commands, int gap) {
        TouchButton back = new TouchButton("history-back", UiText.get("history.back"), "large highlighted",
                () -> commands.send(Command.BACK, CommandSource.TOUCH));
        if (controller.empty()) {
            return StyledLabel.buttonRow(gap, back);
        }
        return StyledLabel.buttonRow(gap, new TouchButton("history-export", UiText.action(Command.EXPORT).button(),
                "large", () -> commands.send(Command.EXPORT, CommandSource.TOUCH)), back);
    }

    /** A header row, then one row a session, newest first; named {@code history-<row>-<column>}, row 1 the newest. */
    private static JPanel table(List<SessionLine> lines, int gap) {
        JPanel table = new JPanel(new GridBagLayout());
        table.setOpaque(false);
        table.setName("history-sessions");
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = 0;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.NORTHWEST;
        for (int col = 0; col < COLUMNS.length; col++) {
            c.gridx = col;
            c.weightx = WIDTHS[col];
            c.insets = new Insets(0, col == 0 ? 0 : gap, 0, 0);
            table.add(text("history-column-" + COLUMNS[col], UiText.get("history.column." + COLUMNS[col]),
                    "historyHeading"), c);
        }
        for (SessionLine line : lines) {
            c.gridy++;
            String[] cells = {line.when(), line.routine(), line.done(), line.effort(), line.pain()};
            for (int col = 0; col < COLUMNS.length; col++) {
                c.gridx = col;
                c.weightx = WIDTHS[col];
                c.insets = new Insets(gap / 3, col == 0 ? 0 : gap, 0, 0);
                table.add(text("history-" + c.gridy + "-" + COLUMNS[col], cells[col], "historyRow"), c);
            }
        }
        return table;
    }

    private static WrappingText text(String name, String text, String style) {
        WrappingText area = new WrappingText(name, text, style);
        area.setColumns(1);
        return area;
    }
}

package org.footcoach.ui;

import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import javax.swing.border.EmptyBorder;
import org.footcoach.session.Action;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;

/**
 * Help: the stop rules, the rule for the Space key, and the controls table (what, say, keys or pedal, touch) built
 * from the table of actions. It draws and forwards to its {@link HelpController}: big Up and Down buttons (or the
 * arrow and page keys: "back" and "next") move through it; Back (or Escape, F1, H, Space, Enter) closes it. Touch
 * and keys have the session screen's guards ({@link TouchButton}, {@link ScreenKeys}), so the second tap of a double
 * tap or a held key from the screen before does nothing here.
 */
public final class HelpScreen extends JPanel {
    public static final String SCREEN_NAME = "help";
    private static final String[] COLUMNS = {"what", "voice", "keys", "touch"};

    private final JPanel body = new JPanel(new GridBagLayout());
    private final JScrollPane scroll = new JScrollPane(body);

    public HelpScreen(HelpController controller, CommandSink commands) {
        super(new BorderLayout(0, ThemeMetric.scaled("FootCoach.gap")));
        setName("help-screen");
        int margin = ThemeMetric.scaled("FootCoach.screenMargin");
        int gap = ThemeMetric.scaled("FootCoach.gap");
        setBorder(new EmptyBorder(margin, margin, margin, margin));
        add(StyledLabel.of("help-title", "title", UiText.get("help.title")), BorderLayout.NORTH);

        body.setName("help-body");
        body.setBorder(new EmptyBorder(gap / 2, gap / 2, gap / 2, gap / 2));
        fillBody(gap);
        scroll.setName("help-scroll");
        scroll.setHorizontalScrollBarPolicy(ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.getVerticalScrollBar().setUnitIncrement(gap * 2);
        scroll.getViewport().setOpaque(false);
        scroll.setOpaque(false);
        body.setOpaque(false);
        add(scroll, BorderLayout.CENTER);

        JPanel buttons = new JPanel(new GridLayout(1, 3, gap, 0));
        buttons.setOpaque(false);
        buttons.add(new TouchButton("help-up", UiText.get("help.up"), "control",
                () -> commands.send(Command.BACK, CommandSource.TOUCH)));
        buttons.add(new TouchButton("help-down", UiText.get("help.down"), "control",
                () -> commands.send(Command.NEXT, CommandSource.TOUCH)));
        buttons.add(new TouchButton("help-close", UiText.get("help.close"), "control highlighted",
                () -> commands.send(Command.GO, CommandSource.TOUCH)));
        add(buttons, BorderLayout.SOUTH);
        new ScreenKeys().bind(this, commands);
        controller.onPage(this::page);
    }

    private void fillBody(int gap) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = 0;
        c.gridwidth = COLUMNS.length;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.NORTHWEST;
        // Safety first: the stop rules are what must be seen without scrolling.
        body.add(StyledLabel.of("help-stop-rules", "heading", UiText.get("help.stopRules")), c);
        for (int n = 1; n <= 4; n++) {
            c.gridy++;
            c.insets = new Insets(gap / 3, 0, 0, 0);
            body.add(cell("help-stop-" + n, UiText.get("help.stop." + n), "body"), c);
        }
        c.gridy++;
        c.insets = new Insets(gap, 0, 0, 0);
        body.add(StyledLabel.of("help-controls", "heading", UiText.get("help.controls")), c);
        c.gridy++;
        c.insets = new Insets(gap / 3, 0, 0, 0);
        body.add(cell("help-space-rule", UiText.get("help.spaceRule"), "body"), c);
        c.gridy++;
        body.add(cell("help-voice-rule", UiText.get("help.voiceRule"), "body"), c);
        c.gridwidth = 1;
        c.gridy++;
        for (int col = 0; col < COLUMNS.length; col++) {
            c.gridx = col;
            c.insets = new Insets(gap / 2, col == 0 ? 0 : gap, 0, 0);
            body.add(cell("help-column-" + COLUMNS[col], UiText.get("help.column." + COLUMNS[col]), "caption"), c);
        }
        for (Action row : UiText.actions().rows()) {
            c.gridy++;
            String[] texts = {row.what(), String.join(", ", row.words()), row.keysShown(), row.touch()};
            for (int col = 0; col < COLUMNS.length; col++) {
                c.gridx = col;
                c.insets = new Insets(gap / 3, col == 0 ? 0 : gap, 0, 0);
                body.add(cell("help-" + row.command().logName() + "-" + COLUMNS[col], texts[col],
                        col == 0 ? "caption" : "table"), c);
            }
        }
    }

    private void page(int direction) {
        Rectangle view = scroll.getViewport().getViewRect();
        int step = Math.max(1, view.height - ThemeMetric.scaled("FootCoach.gap") * 2);
        int y = Math.max(0, Math.min(body.getHeight() - view.height, view.y + direction * step));
        body.scrollRectToVisible(new Rectangle(0, y, 1, view.height));
    }

    private static WrappingText cell(String name, String text, String style) {
        WrappingText cell = new WrappingText(name, text, style);
        cell.setColumns(1);
        return cell;
    }

}

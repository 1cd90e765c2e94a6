package org.footcoach.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.ScrollPaneConstants;
import javax.swing.border.EmptyBorder;

/**
 * Help: the controls table (what, say, keys or pedal, touch), the rule for the Space key, and the stop rules. Big
 * Up and Down buttons (or the arrow and page keys) move through it; Back (or Escape, F1, H) closes it.
 */
public final class HelpScreen extends JPanel {
    public static final String SCREEN_NAME = "help";
    private static final String[] COLUMNS = {"what", "voice", "keys", "touch"};

    private final JPanel body = new JPanel(new GridBagLayout());
    private final JScrollPane scroll = new JScrollPane(body);
    private final TouchButton back = new TouchButton("help-close", UiText.get("help.close"), "control highlighted",
            () -> { });

    public HelpScreen() {
        super(new BorderLayout(0, ThemeMetric.scaled("FootCoach.gap")));
        setName("help-screen");
        int margin = ThemeMetric.scaled("FootCoach.screenMargin");
        int gap = ThemeMetric.scaled("FootCoach.gap");
        setBorder(new EmptyBorder(margin, margin, margin, margin));
        add(label("help-title", "title", UiText.get("help.title")), BorderLayout.NORTH);

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
        buttons.add(new TouchButton("help-up", UiText.get("help.up"), "control", () -> page(-1)));
        buttons.add(new TouchButton("help-down", UiText.get("help.down"), "control", () -> page(1)));
        buttons.add(back);
        add(buttons, BorderLayout.SOUTH);
        bindKeys();
    }

    /** Called on the EDT when the person closes help. */
    public void onClose(Runnable listener) {
        back.addActionListener(e -> listener.run());
    }

    private void fillBody(int gap) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = 0;
        c.gridwidth = COLUMNS.length;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.NORTHWEST;
        // Safety first: the stop rules are what must be seen without scrolling.
        body.add(label("help-stop-rules", "heading", UiText.get("help.stopRules")), c);
        for (int n = 1; n <= 4; n++) {
            c.gridy++;
            c.insets = new Insets(gap / 3, 0, 0, 0);
            body.add(cell("help-stop-" + n, UiText.get("help.stop." + n), "body"), c);
        }
        c.gridy++;
        c.insets = new Insets(gap, 0, 0, 0);
        body.add(label("help-controls", "heading", UiText.get("help.controls")), c);
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
        for (ControlsTable row : ControlsTable.values()) {
            c.gridy++;
            for (int col = 0; col < COLUMNS.length; col++) {
                c.gridx = col;
                c.insets = new Insets(gap / 3, col == 0 ? 0 : gap, 0, 0);
                body.add(cell("help-" + row.command().logName() + "-" + COLUMNS[col], row.text(COLUMNS[col]),
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

    private void bindKeys() {
        bind("help-up", () -> page(-1), KeyEvent.VK_UP, KeyEvent.VK_LEFT, KeyEvent.VK_PAGE_UP);
        bind("help-down", () -> page(1), KeyEvent.VK_DOWN, KeyEvent.VK_RIGHT, KeyEvent.VK_PAGE_DOWN);
        bind("help-close", back::doClick, KeyEvent.VK_ESCAPE, KeyEvent.VK_F1, KeyEvent.VK_H, KeyEvent.VK_ENTER,
                KeyEvent.VK_SPACE);
    }

    private void bind(String name, Runnable action, int... keys) {
        for (int key : keys) {
            getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(key, 0), name);
        }
        getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    private static WrappingText cell(String name, String text, String style) {
        WrappingText cell = new WrappingText(name, text, style);
        cell.setColumns(1);
        return cell;
    }

    private static JLabel label(String name, String style, String text) {
        JLabel label = new JLabel(text);
        label.setName(name);
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, style);
        return label;
    }
}

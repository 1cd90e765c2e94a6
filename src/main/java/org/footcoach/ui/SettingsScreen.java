package org.footcoach.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import javax.swing.UIManager;
import javax.swing.border.CompoundBorder;
import javax.swing.border.EmptyBorder;
import javax.swing.border.LineBorder;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;

/**
 * Settings in large print: one row a setting, each with its value and big less and more buttons, and the actions
 * (learn keys, record my voice, print) as whole-row buttons. It draws and forwards to its {@link SettingsController}:
 * the highlighted row has a heavy frame, and while it is being changed by pedal its value stands out and the line
 * under the title says how to change it. The list scrolls to keep the highlight in view. Rows are named
 * {@code setting-<name>}, their values {@code setting-<name>-value}, buttons {@code setting-<name>-less} and
 * {@code -more}.
 */
public final class SettingsScreen extends JPanel {
    public static final String SCREEN_NAME = "settings";

    private final SettingsController controller;
    private final TitleOrHeard title = new TitleOrHeard("settings-title", UiText.get("settings.title"));
    private final WrappingText how = new WrappingText("settings-how", "", "body");
    private final WrappingText told = new WrappingText("settings-told", "", "summaryText");
    private final JPanel list = new JPanel(new GridBagLayout());
    private final List<JPanel> rowPanels = new ArrayList<>();
    private final List<JLabel> values = new ArrayList<>();

    public SettingsScreen(SettingsController controller, CommandSink commands) {
        super(new BorderLayout(0, ThemeMetric.scaled("FootCoach.gap") / 2));
        this.controller = controller;
        setName("settings-screen");
        int margin = ThemeMetric.scaled("FootCoach.screenMargin");
        int gap = ThemeMetric.scaled("FootCoach.gap");
        setBorder(new EmptyBorder(margin, margin, margin, margin));

        JPanel top = new JPanel(new GridBagLayout());
        top.setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        top.add(StyledLabel.titleRow(title, StyledLabel.buttonRow(gap, new TouchButton("settings-back",
                UiText.get("settings.back"), "large compact", () -> commands.send(Command.STOP,
                CommandSource.TOUCH))), gap), c);
        how.setColumns(1);
        told.setColumns(1);
        told.setVisible(false);
        top.add(how, c);
        top.add(told, c);
        add(top, BorderLayout.NORTH);

        list.setOpaque(false);
        list.setName("settings-list");
        fillList(commands, gap);
        JScrollPane scroll = new JScrollPane(list);
        scroll.setName("settings-scroll");
        scroll.setHorizontalScrollBarPolicy(ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.getVerticalScrollBar().setUnitIncrement(gap * 2);
        scroll.getViewport().setOpaque(false);
        scroll.setOpaque(false);
        scroll.setBorder(null);
        add(scroll, BorderLayout.CENTER);

        new ScreenKeys().bind(this, commands);
        controller.onChanged(this::redraw);
        controller.onTold(this::tell);
        redraw();
    }

    /** "Heard: Next", for a moment in the title's place. EDT. */
    public void heard(Command command) {
        title.heard(command);
    }

    private void fillList(CommandSink commands, int gap) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        List<SettingRow> rows = controller.rows();
        for (int i = 0; i < rows.size(); i++) {
            c.insets = new Insets(i == 0 ? 0 : gap / 2, 0, 0, 0);
            JPanel panel = row(rows.get(i), i, gap);
            rowPanels.add(panel);
            list.add(panel, c);
        }
        c.weighty = 1;
        JPanel rest = new JPanel();
        rest.setOpaque(false);
        list.add(rest, c);
    }

    private JPanel row(SettingRow row, int index, int gap) {
        JPanel panel = new JPanel(new BorderLayout(gap, 0));
        panel.setName("setting-" + row.name());
        panel.setOpaque(false);
        JLabel value = StyledLabel.of("setting-" + row.name() + "-value", "settingValue", row.value());
        values.add(value);
        if (row.isAction()) {
            panel.add(new TouchButton("setting-" + row.name() + "-do", row.label(), "large",
                    () -> controller.touch(index, 0)), BorderLayout.CENTER);
            return panel;
        }
        JPanel words = new JPanel(new GridBagLayout());
        words.setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.anchor = GridBagConstraints.LINE_START;
        c.fill = GridBagConstraints.HORIZONTAL;
        words.add(StyledLabel.of("setting-" + row.name() + "-label", "settingLabel", row.label()), c);
        words.add(value, c);
        panel.add(words, BorderLayout.CENTER);
        panel.add(StyledLabel.buttonRow(gap,
                new TouchButton("setting-" + row.name() + "-less", UiText.get("settings.less"), "control square",
                        () -> controller.touch(index, -1)),
                new TouchButton("setting-" + row.name() + "-more", UiText.get("settings.more"), "control square",
                        () -> controller.touch(index, 1))), BorderLayout.LINE_END);
        return panel;
    }

    private void redraw() {
        List<SettingRow> rows = controller.rows();
        int frame = ThemeMetric.scaled("FootCoach.settingsFrame");
        int pad = ThemeMetric.scaled("FootCoach.gap") / 2;
        for (int i = 0; i < rows.size(); i++) {
            boolean here = i == controller.highlighted();
            values.get(i).setText(rows.get(i).value());
            boolean changing = here && controller.changing();
            values.get(i).putClientProperty(FlatClientProperties.STYLE_CLASS,
                    changing ? "settingValue changing" : "settingValue");
            values.get(i).setOpaque(changing);
            Color color = UIManager.getColor(here ? "FootCoach.settings.highlight" : "FootCoach.settings.rowBorder");
            int width = here ? frame : Math.max(1, frame / 4);
            rowPanels.get(i).setBorder(new CompoundBorder(new LineBorder(color, width, true),
                    new EmptyBorder(pad + frame - width, pad + frame - width, pad + frame - width,
                            pad + frame - width)));
        }
        how.setText(UiText.get(controller.changing() ? "settings.how.changing" : "settings.how.moving"));
        JComponent shown = rowPanels.get(controller.highlighted());
        shown.scrollRectToVisible(new Rectangle(0, 0, shown.getWidth(), shown.getHeight()));
        revalidate();
        repaint();
    }

    private void tell(String sentence) {
        told.setText(sentence);
        told.setVisible(true);
        revalidate();
    }
}

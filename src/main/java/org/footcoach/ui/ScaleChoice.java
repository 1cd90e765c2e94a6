package org.footcoach.ui;

import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javax.swing.JPanel;
import org.footcoach.session.Command;

/**
 * Eleven big buttons 0 to 10 in one row when the screen is wide enough for buttons at least as wide as they are
 * high, else in two rows. Buttons are named {@code <name>-<n>} and labelled as the table of actions says. Draws the
 * highlight it is given; a touch is passed on with its value.
 */
final class ScaleChoice extends JPanel {
    private static final int CHOICES = Command.HIGHEST_ANSWER + 1;
    private static final String ANSWER = "answer";
    private final List<TouchButton> buttons = new ArrayList<>();
    private final int gap;
    private int columns = CHOICES;

    ScaleChoice(String name, IntConsumer chosen) {
        gap = ThemeMetric.scaled("FootCoach.gap");
        setName(name);
        setOpaque(false);
        setLayout(new GridLayout(1, CHOICES, gap, gap));
        for (int n = 0; n < CHOICES; n++) {
            int value = n;
            TouchButton button = new TouchButton(name + "-" + n, UiText.action(Command.answer(n)).button(), ANSWER,
                    () -> chosen.accept(value));
            buttons.add(button);
            add(button);
        }
    }

    /** Eleven in a row when they fit at least square, else two rows; decided on each layout. */
    @Override
    public void doLayout() {
        int tallest = buttons.get(0).getPreferredSize().height;
        int wanted = getWidth() >= CHOICES * tallest + (CHOICES - 1) * gap ? CHOICES : (CHOICES + 1) / 2;
        if (wanted != columns) {
            columns = wanted;
            GridLayout grid = (GridLayout) getLayout();
            grid.setRows(0);
            grid.setColumns(columns);
            revalidate();
        }
        super.doLayout();
    }

    /** Highlights answer {@code value}; -1 for none. */
    void mark(int value) {
        for (int n = 0; n < buttons.size(); n++) {
            buttons.get(n).style(n == value ? ANSWER + " highlighted" : ANSWER);
        }
    }
}

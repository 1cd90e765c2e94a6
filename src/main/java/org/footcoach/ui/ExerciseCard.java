package org.footcoach.ui;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;

/**
 * The middle of the screen during an exercise: the picture on the left; in the centre the count in its hold ring, or
 * while the steps are said the step in large print; the sound and pace grid on the right. EDT.
 */
final class ExerciseCard extends JPanel {
    private static final String COUNT = "count";
    private static final String STEP = "step";

    private final PictureView picture = new PictureView("picture");
    /** Under the picture of a per-side exercise: which foot works now, in words (the picture is a side view). */
    private final JLabel side = StyledLabel.of("picture-side", "heading", " ");
    private final CountRing ring = new CountRing();
    private final StepText step = new StepText("step");
    private final CardLayout countOrStep = new CardLayout();
    private final JPanel centre = new JPanel(countOrStep);
    private boolean stepShown = true;

    /** {@code ringTouched} runs when the ring is pressed (to end a hold early). */
    ExerciseCard(int gap, JPanel soundAndPace, Runnable ringTouched) {
        super(new GridBagLayout());
        setName("exercise-card");
        setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        c.fill = GridBagConstraints.BOTH;
        c.weighty = 1;
        // The count gets most of the width: two digits a third of the window high need it.
        c.weightx = 0.25;
        add(pictureWithSide(), c);
        c.weightx = 0.75;
        c.insets = new Insets(0, gap, 0, 0);
        ring.addActionListener(e -> ringTouched.run());
        centre.setOpaque(false);
        centre.add(step, STEP);
        centre.add(ring, COUNT);
        add(centre, c);
        c.weightx = 0;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.CENTER;
        // A little more than the least gap: the grid's rounding may give the ring a pixel more.
        c.insets = new Insets(0, gap + gap / 5, 0, 0);
        add(soundAndPace, c);
    }

    void showPicture(String pictureName) {
        picture.show(pictureName);
    }

    /** "Right foot" under the picture, or a blank that keeps its place. */
    void showSide(String words) {
        side.setText(words);
    }

    String sideShown() {
        return side.getText().strip();
    }

    /** The picture over its side words; the words never widen the column, so the count keeps its room. */
    private JPanel pictureWithSide() {
        JPanel column = new JPanel(new BorderLayout()) {
            @Override
            public Dimension getPreferredSize() {
                return new Dimension(picture.getPreferredSize().width, super.getPreferredSize().height);
            }

            @Override
            public Dimension getMinimumSize() {
                return new Dimension(picture.getMinimumSize().width, super.getMinimumSize().height);
            }
        };
        column.setOpaque(false);
        column.add(picture, BorderLayout.CENTER);
        side.setHorizontalAlignment(SwingConstants.CENTER);
        column.add(side, BorderLayout.SOUTH);
        return column;
    }

    /**
     * The count (or time left) with {@code of} ("of 10") beside it, in the ring filled to {@code progress} when
     * {@code timedOrHold}; with no count and no timing the step in large print instead.
     */
    void showCount(String count, String of, boolean timedOrHold, double progress) {
        ring.show(count, of, timedOrHold, progress);
        stepShown = count.isEmpty() && !timedOrHold;
        countOrStep.show(centre, stepShown ? STEP : COUNT);
    }

    void showStep(String text) {
        step.setText(text);
    }

    boolean stepShown() {
        return stepShown;
    }

    String stepText() {
        return step.getText();
    }
}

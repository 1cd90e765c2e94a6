package org.footcoach.ui.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.swing.JButton;
import javax.swing.SwingUtilities;
import org.assertj.swing.exception.EdtViolationException;
import org.junit.jupiter.api.Test;

class EdtViolationRecorderTest {
    private final EdtViolationRecorder recorder = new EdtViolationRecorder();

    @Test
    void aCallOffTheEdtThrowsAndIsRemembered() throws Exception {
        // Made on the EDT: an earlier GUI test may have left a violation-checking repaint manager installed.
        JButton[] made = new JButton[1];
        SwingUtilities.invokeAndWait(() -> made[0] = new JButton());
        JButton button = made[0];

        assertThatThrownBy(() -> recorder.addInvalidComponent(button)).isInstanceOf(EdtViolationException.class);

        assertThat(recorder.drain()).hasSize(1);
        assertThat(recorder.drain()).as("drained").isEmpty();
    }

    @Test
    void aCallOnTheEdtIsFine() throws Exception {
        SwingUtilities.invokeAndWait(() -> recorder.addInvalidComponent(new JButton()));

        assertThat(recorder.drain()).isEmpty();
    }
}

package org.footcoach.ui.testing;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.exception.EdtViolationException;

/**
 * Fails on Swing calls off the EDT like its parent, and also remembers each one: FlatLaf's styling code catches and
 * logs exceptions, which would otherwise swallow the failure.
 */
final class EdtViolationRecorder extends FailOnThreadViolationRepaintManager {
    private final List<EdtViolationException> violations = new ArrayList<>();

    @Override
    public void addDirtyRegion(JComponent component, int x, int y, int w, int h) {
        try {
            super.addDirtyRegion(component, x, y, w, h);
        } catch (EdtViolationException e) {
            remember(e);
            throw e;
        }
    }

    @Override
    public void addInvalidComponent(JComponent component) {
        try {
            super.addInvalidComponent(component);
        } catch (EdtViolationException e) {
            remember(e);
            throw e;
        }
    }

    private synchronized void remember(EdtViolationException violation) {
        violations.add(violation);
    }

    /** The violations since the last call, and forgets them. */
    synchronized List<EdtViolationException> drain() {
        List<EdtViolationException> found = List.copyOf(violations);
        violations.clear();
        return found;
    }
}

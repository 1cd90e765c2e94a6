package org.footcoach.ui;

import java.util.function.Consumer;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.ScreenController;

/**
 * What commands do on the summary: "How hard was that?" then "Any pain?", each 0 to 10. "next" and "back" move a
 * highlight over the answers (nothing is highlighted at first, so no answer is given by a press meant to move on);
 * "go" or "done" give the highlighted answer, or with none highlighted go back to the start; "stop" by key or touch
 * goes back to the start keeping what was answered. A spoken "stop" is not taken: the app has just said "We stopped
 * there", and the person is not exercising. Swing-free; use on the EDT.
 */
public final class SummaryController implements ScreenController {
    static final int ANSWERS = 11;

    /** What is asked now. */
    enum Question { EFFORT, PAIN, THANKS }

    private final Consumer<SessionFeedback> finished;
    private Runnable changed = () -> { };
    private Question asking = Question.EFFORT;
    private int highlighted = -1;
    private Integer effort;
    private Integer pain;

    /** {@code finished} gets the answers given (either may be null) when the person goes back to the start. */
    public SummaryController(Consumer<SessionFeedback> finished) {
        this.finished = finished;
    }

    @Override
    public boolean act(Command command, CommandSource source) {
        switch (command) {
            case NEXT -> moveHighlight(1);
            case BACK -> moveHighlight(-1);
            case GO, DONE -> chooseHighlighted();
            case STOP -> {
                if (source == CommandSource.VOICE) {
                    return false;
                }
                finish();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A finger on answer {@code value}: the "go" it sends gives that answer. */
    void pointAt(int value) {
        highlighted = value;
        changed.run();
    }

    Question asking() {
        return asking;
    }

    /** The answer highlighted now, or -1. */
    int highlighted() {
        return highlighted;
    }

    /** The screen redraws through this after every change. */
    void onChange(Runnable listener) {
        changed = listener;
    }

    /** Moves the highlight by {@code steps}, wrapping; from none, forward starts at 0 and back at 10. */
    private void moveHighlight(int steps) {
        if (asking == Question.THANKS) {
            return;
        }
        int from = highlighted >= 0 ? highlighted : steps > 0 ? -1 : ANSWERS;
        highlighted = Math.floorMod(from + steps, ANSWERS);
        changed.run();
    }

    private void chooseHighlighted() {
        if (asking == Question.THANKS || highlighted < 0) {
            finish();
            return;
        }
        if (asking == Question.EFFORT) {
            effort = highlighted;
            asking = Question.PAIN;
        } else {
            pain = highlighted;
            asking = Question.THANKS;
        }
        highlighted = -1;
        changed.run();
    }

    private void finish() {
        finished.accept(new SessionFeedback(effort, pain));
    }
}

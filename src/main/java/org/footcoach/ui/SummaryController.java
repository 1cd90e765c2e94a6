package org.footcoach.ui;

import java.util.List;
import java.util.function.Consumer;
import org.footcoach.session.Clock;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.ScreenController;

/**
 * What commands do on the summary: "How hard was that?" then "Any pain?", each 0 to 10, each said aloud as it is
 * shown, with answer 0 highlighted so one press of the pedal answers. "next" and "back" move the highlight, "go" or
 * "done" give the highlighted answer, and a number touched gives that one. An answer is only ever
 * the person's choice: a "go" that comes within {@link #FRESH_MILLIS} of a question appearing was meant for the
 * question before (a double press) and answers nothing; a question never answered is reported as null, never as 0.
 *
 * <p>Going back to the start takes two deliberate presses: the first "stop" (Escape, the Back to start button) asks
 * "Press again to go back to the start"; a second within {@link #CONFIRM_MILLIS} goes back, anything else takes the
 * question back and acts as usual. A spoken "stop" is not taken: the app has just said "We stopped there", and the
 * person is not exercising. The answers are reported once, when the last is given or on going back. Swing-free; use
 * on the EDT.
 */
public final class SummaryController implements ScreenController {
    static final int ANSWERS = 11;
    /** A "go" this soon after a question appears does not answer it. */
    static final long FRESH_MILLIS = 1_000;
    /** How long the question "go back to the start?" waits for its second press. */
    static final long CONFIRM_MILLIS = 5_000;

    /** What is asked now, and the phrase that asks it (said and shown). */
    enum Question {
        EFFORT("question.effort"), PAIN("question.pain"), THANKS("question.thanks");

        private final String phraseKey;

        Question(String phraseKey) {
            this.phraseKey = phraseKey;
        }

        String phraseKey() {
            return phraseKey;
        }
    }

    static final String LEAVE_ASK = "question.leave-ask";

    private final Clock clock;
    private final PhraseVoice voice;
    private final Consumer<SessionFeedback> answered;
    private final Runnable leave;
    private Runnable changed = () -> { };
    private Question asking = Question.EFFORT;
    private int highlighted;
    private long askedAt;
    /** When the first "stop" asked whether to go back, or null when that is not asked. */
    private Long leaveAskedAt;
    private Integer effort;
    private Integer pain;
    private boolean reported;

    /**
     * @param clock    the app's clock
     * @param voice    says each question as it is shown
     * @param answered gets the answers once (either may be null): when the last is given, or on going back
     * @param leave    goes back to the start
     */
    public SummaryController(Clock clock, PhraseVoice voice, Consumer<SessionFeedback> answered, Runnable leave) {
        this.clock = clock;
        this.voice = voice;
        this.answered = answered;
        this.leave = leave;
        askedAt = clock.millis();
    }

    /** Asks the first question aloud; call once its screen shows. */
    public void start() {
        ask(Question.EFFORT);
    }

    @Override
    public boolean act(Command command, CommandSource source) {
        if (command == Command.STOP) {
            return source != CommandSource.VOICE && stop();
        }
        if (leaveAskedAt != null) {
            leaveAskedAt = null;
            changed.run();
        }
        if (command.answer().isPresent()) {
            return give(command.answer().getAsInt());
        }
        return switch (command) {
            case NEXT -> moveHighlight(1);
            case BACK -> moveHighlight(-1);
            case GO, DONE -> chooseHighlighted();
            default -> false;
        };
    }

    /**
     * A pedal's press answers: a key that may mean "go" means it here (Space, Enter, and Page Down, which a
     * one-button pedal sends); the arrows, Page Up and a held Page Down move the highlight.
     */
    @Override
    public Command keyMeans(List<Command> meanings) {
        return meanings.contains(Command.GO) ? Command.GO : meanings.get(0);
    }

    Question asking() {
        return asking;
    }

    /** The answer highlighted now, or -1 when nothing is asked. */
    int highlighted() {
        return asking == Question.THANKS ? -1 : highlighted;
    }

    /** True while "Press again to go back to the start" waits for its second press. */
    boolean askingToLeave() {
        return leaveAskedAt != null && clock.millis() - leaveAskedAt <= CONFIRM_MILLIS;
    }

    /** The screen redraws through this after every change. */
    void onChange(Runnable listener) {
        changed = listener;
    }

    private boolean stop() {
        if (askingToLeave()) {
            voice.quiet();
            report();
            leave.run();
            return true;
        }
        leaveAskedAt = clock.millis();
        voice.say(LEAVE_ASK);
        changed.run();
        return true;
    }

    private boolean moveHighlight(int steps) {
        if (asking == Question.THANKS) {
            return false;
        }
        highlighted = Math.floorMod(highlighted + steps, ANSWERS);
        changed.run();
        return true;
    }

    private boolean chooseHighlighted() {
        if (clock.millis() - askedAt < FRESH_MILLIS) {
            return false;
        }
        if (asking == Question.THANKS) {
            voice.quiet();
            leave.run();
            return true;
        }
        return give(highlighted);
    }

    private boolean give(int value) {
        if (asking == Question.EFFORT) {
            effort = value;
            ask(Question.PAIN);
        } else if (asking == Question.PAIN) {
            pain = value;
            report();
            ask(Question.THANKS);
        } else {
            return false;
        }
        return true;
    }

    private void ask(Question question) {
        asking = question;
        highlighted = 0;
        askedAt = clock.millis();
        voice.say(question.phraseKey());
        changed.run();
    }

    private void report() {
        if (!reported) {
            reported = true;
            answered.accept(new SessionFeedback(effort, pain));
        }
    }
}

package org.footcoach.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Phrases;
import org.footcoach.session.ScreenController;

/**
 * The walk of the Learn keys screen: it asks for one action at a time ({@link #ASKED}), and the next key pressed
 * means that action from now on, beside the table's keys. Each change is saved at once. A key already learnt on this
 * walk skips the action asked, so a one-button pedal keeps its first meaning and can walk to the end by itself.
 * Escape is never learnt (it goes back from every screen), nor are Shift, Ctrl, Alt and the like (other keys need
 * them). What it asks for is said too, as it is shown; what a press did ("Learnt: F13 means Go.") is shown only,
 * and the next question said. Commands: "next" skips the action asked, "repeat" starts the walk again without the
 * keys it learnt, and "done", "stop" or "back" go back. Clearing every learnt key is by touch only. Swing-free; use
 * on the EDT.
 */
public final class LearnKeysController implements ScreenController {
    /**
     * What a pedal needs: Go (with the press of one pedal a whole session runs), Next and Back (a list and a session
     * move with them), Pause (a moment's rest without stopping).
     */
    static final List<Command> ASKED = List.of(Command.GO, Command.NEXT, Command.BACK, Command.PAUSE);
    static final String ESCAPE = "ESCAPE";
    private static final Set<String> MODIFIERS = Set.of("SHIFT", "CONTROL", "ALT", "ALT_GRAPH", "META", "WINDOWS",
            "CAPS_LOCK");

    private final Map<String, String> before;
    private final Consumer<Map<String, String>> save;
    private final Runnable leave;
    private final PhraseVoice voice;
    private final Phrases phrases = new Phrases();
    private final Map<String, String> learnt;
    private final Map<String, Command> thisWalk = new LinkedHashMap<>();
    private int asking;
    private String told = "";
    private Runnable changed = () -> { };

    /**
     * @param before the keys learnt so far (Java key name to an action's log name)
     * @param save   keeps the learnt keys, called with all of them after each change
     * @param leave  goes back to the screen this one was opened from
     * @param voice  says what the screen asks
     */
    public LearnKeysController(Map<String, String> before, Consumer<Map<String, String>> save, Runnable leave,
                               PhraseVoice voice) {
        this.before = Map.copyOf(before);
        this.save = save;
        this.leave = leave;
        this.voice = voice;
        this.learnt = new LinkedHashMap<>(before);
    }

    /** Says the first question, once the screen shows it. */
    public void start() {
        voice.say(promptKey());
    }

    @Override
    public boolean act(Command command, CommandSource source) {
        switch (command) {
            case NEXT -> {
                return skip();
            }
            case REPEAT -> startAgain();
            case DONE, STOP, BACK -> leave();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A key was pressed on the screen: {@code key} its Java name, or null when the key has none. */
    void pressed(String key) {
        if (finished()) {
            leave();
            return;
        }
        Command wanted = ASKED.get(asking);
        if (ESCAPE.equals(key)) {
            refuse("learn.escape");
        } else if (key == null || MODIFIERS.contains(key)) {
            refuse("learn.cannot");
        } else if (thisWalk.containsKey(key)) {
            asking++;
            tell(UiText.get("learnKeys.already", shown(key), name(thisWalk.get(key)), name(wanted)));
        } else {
            thisWalk.put(key, wanted);
            learnt.put(key, wanted.logName());
            asking++;
            save.accept(Map.copyOf(learnt));
            tell(UiText.get("learnKeys.learnt", shown(key), name(wanted)));
        }
    }

    /** Forgets every learnt key, those of before too, and asks again from the first action. */
    void clear() {
        learnt.clear();
        thisWalk.clear();
        asking = 0;
        save.accept(Map.of());
        tell(UiText.get("learnKeys.cleared"));
    }

    /** What the screen asks for now, or, at the end, how to go back. */
    String prompt() {
        return phrases.text(promptKey());
    }

    /** What the last press or touch did, in one sentence; empty before the first. */
    String told() {
        return told;
    }

    /** Every key learnt now, Java key name to an action's log name. */
    Map<String, String> learnt() {
        return Map.copyOf(learnt);
    }

    /** The screen shows {@link #prompt()} and {@link #told()} again after each change. */
    void onChange(Runnable listener) {
        changed = listener;
    }

    private boolean skip() {
        if (finished()) {
            return false;
        }
        Command skipped = ASKED.get(asking);
        asking++;
        tell(UiText.get("learnKeys.skipped", name(skipped)));
        return true;
    }

    private void startAgain() {
        boolean learntNow = !learnt.equals(before);
        learnt.clear();
        learnt.putAll(before);
        thisWalk.clear();
        asking = 0;
        if (learntNow) {
            save.accept(Map.copyOf(learnt));
        }
        tell(UiText.get("learnKeys.again"));
    }

    private String promptKey() {
        return finished() ? "learn.finished" : "learn.ask." + ASKED.get(asking).logName();
    }

    private void leave() {
        voice.quiet();
        leave.run();
    }

    private boolean finished() {
        return asking >= ASKED.size();
    }

    /** Shows {@code sentence} and says what is asked now. */
    private void tell(String sentence) {
        told = sentence;
        changed.run();
        voice.say(promptKey());
    }

    /** Shows and says why the key pressed was not learnt; the question stays. */
    private void refuse(String phraseKey) {
        told = phrases.text(phraseKey);
        changed.run();
        voice.say(phraseKey);
    }

    private static String shown(String key) {
        return UiText.actions().shownName(key);
    }

    private static String name(Command command) {
        return UiText.action(command).name();
    }
}

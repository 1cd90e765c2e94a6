package org.footcoach.ui;

import java.util.Arrays;
import java.util.List;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.ScreenController;

/**
 * The PIN prompt: a keypad of the ten digits, Delete and OK, worked by touch or by a pedal alone ("next" and "back"
 * move the highlight over the keys, "go" presses the highlighted one); "stop" (Escape) or Cancel gives up. The PIN
 * is checked by {@link PinCheck}; five wrong ones in a row lock it for a minute ({@link PinAttempts}). Swing-free;
 * use on the EDT.
 */
public final class PinController implements ScreenController {
    /** The keypad in reading order: three rows of digits, then Delete, 0 and OK. */
    static final List<String> KEYS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "delete", "0", "ok");
    static final int LONGEST = 12;

    private final PinCheck check;
    private final PinAttempts attempts;
    private final Runnable right;
    private final Runnable cancel;
    private char[] entered = new char[0];
    private int highlighted;
    private boolean checking;
    private String message = "";
    private Runnable changed = () -> { };

    /** {@code right} runs once the PIN is right; {@code cancel} when the person gives up. */
    public PinController(PinCheck check, PinAttempts attempts, Runnable right, Runnable cancel) {
        this.check = check;
        this.attempts = attempts;
        this.right = right;
        this.cancel = cancel;
        if (attempts.locked()) {
            message = UiText.get("pin.locked");
        }
    }

    @Override
    public boolean act(Command command, CommandSource source) {
        switch (command) {
            case NEXT -> highlighted = Math.floorMod(highlighted + 1, KEYS.size());
            case BACK -> highlighted = Math.floorMod(highlighted - 1, KEYS.size());
            case GO, DONE -> press(KEYS.get(highlighted));
            case STOP -> {
                clear();
                cancel.run();
                return true;
            }
            default -> {
                return false;
            }
        }
        changed.run();
        return true;
    }

    /** A finger on key {@code key} (one of {@link #KEYS}). */
    void touch(String key) {
        highlighted = KEYS.indexOf(key);
        press(key);
        changed.run();
    }

    private void press(String key) {
        if (checking) {
            return;
        }
        if (attempts.locked()) {
            message = UiText.get("pin.locked");
            return;
        }
        message = "";
        switch (key) {
            case "delete" -> entered = Arrays.copyOf(entered, Math.max(0, entered.length - 1));
            case "ok" -> submit();
            default -> {
                if (entered.length < LONGEST) {
                    entered = Arrays.copyOf(entered, entered.length + 1);
                    entered[entered.length - 1] = key.charAt(0);
                }
            }
        }
    }

    private void submit() {
        if (entered.length == 0) {
            message = UiText.get("pin.empty");
            return;
        }
        checking = true;
        message = UiText.get("pin.checking");
        char[] tried = entered.clone();
        clear();
        check.check(tried, this::checked);
    }

    private void checked(boolean isRight) {
        checking = false;
        if (isRight) {
            attempts.right();
            message = "";
            right.run();
        } else {
            attempts.wrong();
            message = attempts.locked() ? UiText.get("pin.locked") : UiText.get("pin.wrong", attempts.triesLeft());
        }
        changed.run();
    }

    private void clear() {
        Arrays.fill(entered, '\0');
        entered = new char[0];
    }

    int digitsEntered() {
        return entered.length;
    }

    int highlighted() {
        return highlighted;
    }

    String message() {
        return message;
    }

    void onChanged(Runnable listener) {
        changed = listener;
    }
}

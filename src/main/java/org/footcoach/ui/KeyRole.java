package org.footcoach.ui;

import java.awt.event.KeyEvent;
import java.util.List;
import org.footcoach.session.Command;
import org.footcoach.session.SessionState;

/**
 * What a key means during a session, as in the controls table. Space, Enter and Page Down depend on what the
 * session is doing (the rule shown under Help).
 */
enum KeyRole {
    SPACE(KeyEvent.VK_SPACE),
    ENTER(KeyEvent.VK_ENTER),
    PAGE_DOWN(KeyEvent.VK_PAGE_DOWN),
    NEXT(KeyEvent.VK_RIGHT),
    BACK(KeyEvent.VK_LEFT, KeyEvent.VK_PAGE_UP),
    REPEAT(KeyEvent.VK_R),
    STOP(KeyEvent.VK_ESCAPE),
    LOUDER(KeyEvent.VK_PLUS, KeyEvent.VK_EQUALS, KeyEvent.VK_ADD),
    SOFTER(KeyEvent.VK_MINUS, KeyEvent.VK_SUBTRACT),
    SLOWER(KeyEvent.VK_OPEN_BRACKET),
    FASTER(KeyEvent.VK_CLOSE_BRACKET),
    HELP(KeyEvent.VK_F1, KeyEvent.VK_H);

    private final List<Integer> keys;

    KeyRole(Integer... keys) {
        this.keys = List.of(keys);
    }

    List<Integer> keys() {
        return keys;
    }

    static KeyRole of(int key) {
        for (KeyRole role : values()) {
            if (role.keys.contains(key)) {
                return role;
            }
        }
        return null;
    }

    /**
     * The command for this key now. Space: GO when waiting or paused, DONE during a hold or timed work, else PAUSE.
     * Enter: DONE during a hold or timed work, else GO. Page Down: as Enter, or NEXT when held long (pedals and
     * clickers send it, so one pedal can also end a hold early).
     */
    Command command(PedalKeys.Press press, SessionState state) {
        return switch (this) {
            case SPACE -> waiting(state) ? Command.GO : holding(state) ? Command.DONE : Command.PAUSE;
            case ENTER -> holding(state) ? Command.DONE : Command.GO;
            case PAGE_DOWN -> press == PedalKeys.Press.LONG ? Command.NEXT : ENTER.command(press, state);
            case NEXT -> Command.NEXT;
            case BACK -> Command.BACK;
            case REPEAT -> Command.REPEAT;
            case STOP -> Command.STOP;
            case LOUDER -> Command.LOUDER;
            case SOFTER -> Command.SOFTER;
            case SLOWER -> Command.SLOWER;
            case FASTER -> Command.FASTER;
            case HELP -> Command.HELP;
        };
    }

    static boolean waiting(SessionState state) {
        return state == SessionState.IDLE || state == SessionState.WAITING_FOR_GO
                || state == SessionState.COUNTING_DOWN || state == SessionState.PAUSED;
    }

    static boolean holding(SessionState state) {
        return state == SessionState.HOLDING || state == SessionState.TIMING;
    }
}

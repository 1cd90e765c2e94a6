package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Space, Enter and Page Down in a session, as the table of actions binds them. */
class PedalRuleTest {
    private final ActionTable actions = ActionTable.load();

    @Test
    void spaceGoesOnWhenWaitingEndsAHoldAndElsePauses() {
        assertThat(press("SPACE", SessionState.WAITING_FOR_GO)).isEqualTo(Command.GO);
        assertThat(press("SPACE", SessionState.PAUSED)).isEqualTo(Command.GO);
        assertThat(press("SPACE", SessionState.HOLDING)).isEqualTo(Command.DONE);
        assertThat(press("SPACE", SessionState.TIMING)).isEqualTo(Command.DONE);
        assertThat(press("SPACE", SessionState.COUNTING)).isEqualTo(Command.PAUSE);
        assertThat(press("SPACE", SessionState.SPEAKING)).isEqualTo(Command.PAUSE);
        assertThat(press("ENTER", SessionState.HOLDING)).isEqualTo(Command.DONE);
        assertThat(press("ENTER", SessionState.COUNTING)).isEqualTo(Command.GO);
        assertThat(press("PAGE_DOWN", SessionState.RESTING)).isEqualTo(Command.GO);
        assertThat(hold("PAGE_DOWN", SessionState.COUNTING)).isEqualTo(Command.NEXT);
    }

    @Test
    void aShortPageDownEndsAHoldOrTimedWorkEarlyAndALongOneIsNext() {
        assertThat(press("PAGE_DOWN", SessionState.HOLDING)).isEqualTo(Command.DONE);
        assertThat(press("PAGE_DOWN", SessionState.TIMING)).isEqualTo(Command.DONE);
        assertThat(press("PAGE_DOWN", SessionState.WAITING_FOR_GO)).isEqualTo(Command.GO);
        assertThat(press("PAGE_DOWN", SessionState.COUNTING)).isEqualTo(Command.GO);
        assertThat(hold("PAGE_DOWN", SessionState.HOLDING)).isEqualTo(Command.NEXT);
        assertThat(hold("PAGE_DOWN", SessionState.TIMING)).isEqualTo(Command.NEXT);
        assertThat(actions.action(Command.DONE).keys()).contains("PAGE_DOWN");
        assertThat(actions.action(Command.DONE).keysShown()).contains("Page Down");
    }

    /** A key listed for an action sends it in some state of a session, or on a list screen (Page Down: next). */
    @Test
    void everyKeyOfAnActionSendsItSomewhere() {
        for (Action action : actions.all()) {
            for (String key : action.keys()) {
                assertThat(sendsSomewhere(actions.meaningsOf(key, false), action.command()))
                        .as("%s sends %s", key, action.command()).isTrue();
            }
            for (String key : action.heldKeys()) {
                assertThat(sendsSomewhere(actions.meaningsOf(key, true), action.command()))
                        .as("%s held sends %s", key, action.command()).isTrue();
            }
        }
    }

    private boolean sendsSomewhere(List<Command> meanings, Command command) {
        ScreenController list = (c, source) -> true;
        if (list.keyMeans(meanings) == command) {
            return true;
        }
        for (SessionState state : SessionState.values()) {
            if (PedalRule.meaning(meanings, state) == command) {
                return true;
            }
        }
        return false;
    }

    private Command press(String key, SessionState state) {
        return PedalRule.meaning(actions.meaningsOf(key, false), state);
    }

    private Command hold(String key, SessionState state) {
        return PedalRule.meaning(actions.meaningsOf(key, true), state);
    }
}

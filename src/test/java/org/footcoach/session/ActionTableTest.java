package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table of actions is whole and says the same thing in each of its columns. */
class ActionTableTest {
    private final ActionTable actions = ActionTable.load();

    @Test
    void everyCommandHasARowInTheOrderOfTheTable() {
        assertThat(actions.all()).extracting(Action::command).containsExactlyInAnyOrder(Command.values());
        for (Action action : actions.all()) {
            assertThat(action.words()).as("words for %s", action.command()).isNotEmpty();
            assertThat(action.keys()).as("keys for %s", action.command()).isNotEmpty();
            assertThat(action.name()).isNotBlank();
            assertThat(action.what()).isNotBlank();
            assertThat(action.button()).isNotBlank();
            assertThat(action.touch()).isNotBlank();
        }
    }

    @Test
    void theKeysShownNameEveryKeyThatIsBound() {
        for (Action action : actions.all()) {
            for (String key : action.keys()) {
                assertThat(action.keysShown()).as("%s names %s", action.command(), key)
                        .contains(actions.shownName(key));
            }
            for (String key : action.heldKeys()) {
                assertThat(action.keysShown()).as("%s names holding %s", action.command(), key)
                        .contains(actions.shownName(key));
            }
        }
    }

    @Test
    void noPhraseIsSaidForTwoActions() {
        Map<String, Command> byPhrase = new HashMap<>();
        for (Action action : actions.all()) {
            for (String phrase : action.words()) {
                assertThat(byPhrase.put(phrase, action.command())).as("\"%s\"", phrase).isNull();
                assertThat(phrase).isLowerCase();
            }
        }
    }

    @Test
    void aKeyHeldDownMeansSomethingElseThanAPress() {
        assertThat(actions.heldKeys()).containsExactly("PAGE_DOWN");
        assertThat(actions.meaningsOf("PAGE_DOWN", true)).containsExactly(Command.NEXT);
        assertThat(actions.meaningsOf("SPACE", false)).containsExactly(Command.GO, Command.PAUSE, Command.DONE);
    }
}

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
            // Settings has no word yet: a new command word needs the voice corpus and echo tests run with it.
            if (action.command().answer().isEmpty() && action.command() != Command.SETTINGS) {
                assertThat(action.words()).as("words for %s", action.command()).isNotEmpty();
                assertThat(action.keys()).as("keys for %s", action.command()).isNotEmpty();
            }
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

    /** The eleven answers are one row of Help and the README, each named and labelled by its number. */
    @Test
    void theAnswersZeroToTenAreOneRow() {
        assertThat(actions.action(Command.ZERO).words()).as("not said yet").isEmpty();
        assertThat(actions.action(Command.SEVEN).name()).isEqualTo("7");
        assertThat(actions.action(Command.TEN).button()).isEqualTo("10");
        assertThat(actions.rows()).hasSize(Command.values().length - Command.HIGHEST_ANSWER);
        Action answers = actions.rows().get(actions.rows().size() - 1);
        assertThat(answers.command()).isEqualTo(Command.ZERO);
        assertThat(answers.what()).isEqualTo("Answer a question at the end");
        for (int n = 0; n <= Command.HIGHEST_ANSWER; n++) {
            assertThat(Command.answer(n).answer()).hasValue(n);
        }
        assertThat(Command.GO.answer()).isEmpty();
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

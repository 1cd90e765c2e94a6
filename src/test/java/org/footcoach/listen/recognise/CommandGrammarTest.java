package org.footcoach.listen.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.footcoach.session.Command;
import org.junit.jupiter.api.Test;

class CommandGrammarTest {

    private final CommandGrammar grammar = CommandGrammar.standard();

    @Test
    void everyCommandHasTheVoiceWordsOfTheControlsTable() {
        // Settings has no word yet (the table of actions says why), nor have the answers.
        assertThat(grammar.wordsByCommand()).containsOnlyKeys(java.util.Arrays.stream(Command.values())
                .filter(c -> c.answer().isEmpty() && c != Command.SETTINGS).toArray(Command[]::new));
        assertThat(grammar.wordsByCommand().get(Command.GO))
                .containsExactly("ready", "start", "go on", "resume", "continue");
        assertThat(grammar.wordsByCommand().get(Command.PAUSE)).containsExactly("pause", "wait");
        assertThat(grammar.wordsByCommand().get(Command.NEXT)).containsExactly("next", "skip");
        assertThat(grammar.wordsByCommand().get(Command.REPEAT)).containsExactly("repeat", "again");
        assertThat(grammar.wordsByCommand().get(Command.DONE)).containsExactly("done", "enough");
        assertThat(grammar.commandFor("Stop")).contains(Command.STOP);
    }

    /** Measured: as commands the numbers were taken from the app's own "once", "foot" and "straight". */
    @Test
    void theNumbersAreNoCommands() {
        assertThat(grammar.commandFor("seven")).isEmpty();
        assertThat(grammar.decoyPhrases()).contains("one", "ten");
    }

    @Test
    void decoysIncludeTheAppsNumbersAndSoundAlikesButNoCommand() {
        assertThat(grammar.decoyPhrases()).contains("one", "twenty", "hold", "next door", "back then")
                .doesNotContainAnyElementsOf(grammar.commandPhrases().keySet());
        // Measured: as decoys "top" and "drop" took the place of "stop" said over the app's counting; "shop",
        // "stuff" and "okay" did not, and they give the words most often taken for "stop" and "again" a place.
        assertThat(grammar.decoyPhrases()).doesNotContain("top", "drop").contains("shop", "stuff", "okay");
    }

    @Test
    void theAppsOwnWordsHeardAsACommandAreKeyedByTheCommandPhraseAndAreNoGrammarPhrases() {
        var heardAs = CommandGrammar.ownSpeechHeardAs();
        assertThat(heardAs.get("stop")).contains("keep still");
        assertThat(heardAs.get("wait")).contains("gently");
        assertThat(grammar.commandPhrases()).containsKeys(heardAs.keySet().toArray(String[]::new));
        assertThat(grammar.phrases()).doesNotContain("keep still", "gently");
    }

    @Test
    void voskGrammarListsEveryPhraseAndUnknown() {
        String json = grammar.toVoskJson();
        assertThat(json).startsWith("[\"ready\", ").endsWith("\"[unk]\"]").contains("\"next door\"");
    }

    @Test
    void parsingTakesTheLongestPhraseSoNextDoorIsNoCommand() {
        List<CommandGrammar.Match> m = grammar.parse(List.of("next", "door", "stop"));
        assertThat(m).extracting(CommandGrammar.Match::phrase).containsExactly("next door", "stop");
        assertThat(m.get(0).isCommand()).isFalse();
        assertThat(m.get(1).command()).isEqualTo(Command.STOP);
        assertThat(grammar.parse(List.of("go", "on"))).singleElement()
                .extracting(CommandGrammar.Match::command).isEqualTo(Command.GO);
        assertThat(grammar.parse(List.of("[unk]", "next"))).extracting(CommandGrammar.Match::phrase)
                .containsExactly("[unk]", "next");
    }

    @Test
    void knowsWhenAPartialMayStillGrow() {
        assertThat(grammar.couldGrow(List.of("next"))).isTrue();
        assertThat(grammar.couldGrow(List.of("back"))).isTrue();
        assertThat(grammar.couldGrow(List.of("stop"))).isFalse();
    }
}

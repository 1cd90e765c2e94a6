package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Phrases;
import org.junit.jupiter.api.Test;

/** Record my voice by a pedal alone (Page Down: a short press chooses, a long one moves on), and its other ways. */
class RecordVoiceControllerTest {
    private final FakeRecorder recorder = new FakeRecorder(true);
    private final AtomicInteger backs = new AtomicInteger();
    private final RecordVoiceController controller = RecordVoiceController.forEveryPhrase(recorder,
            backs::incrementAndGet);
    private final ActingSink pedal = new ActingSink(controller);

    private void press() {
        pedal.key(UiText.actions().meaningsOf("PAGE_DOWN", false));
    }

    private void hold() {
        pedal.key(UiText.actions().meaningsOf("PAGE_DOWN", true));
    }

    @Test
    void aPedalAloneRecordsHearsRedoesKeepsAndMovesOn() {
        assertThat(controller.phrase().key()).isEqualTo("session.welcome");
        hold();
        assertThat(controller.position()).isEqualTo(2);
        String second = controller.phrase().key();

        press();
        assertThat(controller.stage()).isEqualTo(RecordVoiceController.Stage.RECORDING);
        press();
        assertThat(recorder.done).containsExactly("record", "stop");
        recorder.finish(true);
        assertThat(controller.stage()).isEqualTo(RecordVoiceController.Stage.HEARING_TAKE);
        assertThat(recorder.done).endsWith("play take");
        assertThat(controller.highlighted()).isEqualTo(RecordVoiceController.Choice.KEEP);

        hold();
        assertThat(controller.highlighted()).isEqualTo(RecordVoiceController.Choice.PLAY);
        press();
        assertThat(recorder.done).endsWith("play take", "play take");
        hold();
        assertThat(controller.highlighted()).isEqualTo(RecordVoiceController.Choice.REDO);
        press();
        assertThat(recorder.done).endsWith("drop", "record");
        assertThat(controller.stage()).isEqualTo(RecordVoiceController.Stage.RECORDING);
        press();
        recorder.finish(true);

        press();
        assertThat(recorder.done).endsWith("keep " + second);
        assertThat(controller.stage()).isEqualTo(RecordVoiceController.Stage.CHOOSING);
        assertThat(controller.position()).as("on to the next phrase").isEqualTo(3);
        assertThat(recorder.saved).containsExactly(second);
    }

    @Test
    void aSavedRecordingIsHeardThenDeletedByPedal() {
        recorder.saved.add("session.welcome");
        assertThat(controller.ownVoice()).isTrue();
        press();
        assertThat(controller.stage()).isEqualTo(RecordVoiceController.Stage.HEARING_SAVED);
        assertThat(recorder.done).containsExactly("play session.welcome");
        assertThat(controller.choices()).containsExactly(RecordVoiceController.Choice.KEEP,
                RecordVoiceController.Choice.PLAY, RecordVoiceController.Choice.REDO,
                RecordVoiceController.Choice.DELETE);
        pedal.send(Command.BACK, CommandSource.KEY);
        assertThat(controller.highlighted()).isEqualTo(RecordVoiceController.Choice.DELETE);
        press();
        assertThat(recorder.done).endsWith("delete session.welcome");
        assertThat(controller.ownVoice()).isFalse();
        assertThat(controller.stage()).isEqualTo(RecordVoiceController.Stage.CHOOSING);
        assertThat(controller.position()).as("stays on the phrase").isEqualTo(1);
    }

    @Test
    void aTakeNotKeptLeavesThePhraseAsItWas() {
        press();
        press();
        recorder.finish(true);
        pedal.send(Command.BACK, CommandSource.KEY);
        assertThat(controller.highlighted()).isEqualTo(RecordVoiceController.Choice.DROP);
        press();
        assertThat(recorder.done).endsWith("drop");
        assertThat(recorder.saved).isEmpty();
        assertThat(controller.position()).isEqualTo(1);
    }

    @Test
    void escapeWhileRecordingLetsTheTakeGoAndEscapeThenLeaves() {
        press();
        controller.act(Command.STOP, CommandSource.KEY);
        recorder.finish(true);
        assertThat(recorder.done).containsExactly("record", "stop", "drop");
        assertThat(controller.stage()).isEqualTo(RecordVoiceController.Stage.CHOOSING);
        assertThat(backs).hasValue(0);
        controller.act(Command.STOP, CommandSource.KEY);
        assertThat(recorder.done).endsWith("leave");
        assertThat(backs).hasValue(1);
    }

    @Test
    void wordsSpokenWhileRecordingAreThePhraseNotCommands() {
        press();
        assertThat(controller.act(Command.STOP, CommandSource.VOICE)).isFalse();
        assertThat(controller.act(Command.NEXT, CommandSource.VOICE)).isFalse();
        assertThat(recorder.done).containsExactly("record");
        assertThat(controller.act(Command.GO, CommandSource.TOUCH)).isTrue();
        assertThat(recorder.done).containsExactly("record", "stop");
    }

    @Test
    void aSilentTakeIsNotOfferedAndSaysNothingWasHeard() {
        press();
        press();
        recorder.finish(false);
        assertThat(controller.stage()).isEqualTo(RecordVoiceController.Stage.CHOOSING);
        assertThat(controller.notice()).isEqualTo(RecordVoiceController.Notice.NOTHING_HEARD);
        assertThat(recorder.done).endsWith("drop");
    }

    @Test
    void aRecordingThatCouldNotBeSavedIsSaidInOneSentence() {
        List<String> redrawn = new java.util.ArrayList<>();
        controller.onChange(() -> redrawn.add(controller.notice().name()));
        recorder.fail("Cannot write /data/voice/session.welcome.wav (No space left on device). "
                + "Nothing was changed there.");
        assertThat(controller.notice()).isEqualTo(RecordVoiceController.Notice.FAILED);
        assertThat(controller.failure()).startsWith("Cannot write");
        assertThat(redrawn).containsExactly("FAILED");
        controller.act(Command.NEXT, CommandSource.KEY);
        assertThat(controller.notice()).as("gone with the next phrase").isEqualTo(RecordVoiceController.Notice.NONE);
    }

    @Test
    void theMeterFollowsTheMicrophoneOnlyWhileRecording() {
        List<Double> shown = new java.util.ArrayList<>();
        controller.onLevel(shown::add);
        recorder.level(0.9);
        press();
        recorder.level(0.4);
        assertThat(shown).containsExactly(0.0, 0.4);
    }

    @Test
    void withNoMicrophoneNothingRecordsButASavedRecordingCanBeHeardAndDeleted() {
        FakeRecorder none = new FakeRecorder(false);
        none.saved.add("stop-rules.intro");
        RecordVoiceController without = RecordVoiceController.forEveryPhrase(none, () -> { });
        assertThat(without.noMicrophoneFound()).isTrue();
        assertThat(without.act(Command.GO, CommandSource.KEY)).isFalse();
        assertThat(none.done).isEmpty();
        while (!without.phrase().key().equals("stop-rules.intro")) {
            without.act(Command.NEXT, CommandSource.KEY);
        }
        without.act(Command.GO, CommandSource.KEY);
        assertThat(without.choices()).containsExactly(RecordVoiceController.Choice.KEEP,
                RecordVoiceController.Choice.PLAY, RecordVoiceController.Choice.DELETE);
    }

    @Test
    void everyFixedPhraseAndCountWordIsListedWithItsWordsInTheOrderASessionSaysThem() {
        List<RecordablePhrases.Phrase> phrases = RecordablePhrases.of(new Phrases());
        List<String> keys = phrases.stream().map(RecordablePhrases.Phrase::key).toList();
        assertThat(keys).startsWith("session.welcome", "stop-rules.intro", "stop-rules.1");
        assertThat(keys).contains("count.1", "count.60", "clock.left.600", "question.effort", "hold.start")
                .doesNotContain("count.other", "clock.left.other", "equipment.routine", "list.last");
        assertThat(keys.indexOf("count.2")).isLessThan(keys.indexOf("count.10"));
        assertThat(keys.indexOf("work.start")).isLessThan(keys.indexOf("count.1"));
        assertThat(phrases).contains(new RecordablePhrases.Phrase("count.7", new Phrases().text("count.7")));
    }
}

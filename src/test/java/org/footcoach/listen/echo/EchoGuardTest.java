package org.footcoach.listen.echo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.footcoach.session.Command;
import org.footcoach.session.Cue;
import org.footcoach.session.Earcon;
import org.junit.jupiter.api.Test;

class EchoGuardTest {

    private final EchoGuard guard = new EchoGuard(500,
            Map.of("stop", List.of("next up"), "wait", List.of("gently")));

    @Test
    void ignoresWordsTheAppIsSayingWhileItSaysThem() {
        guard.onCue(new Cue.Speech(10_000, 2_000, "Say ready, or press the pedal.", Optional.empty(),
                OptionalInt.empty(), Optional.of("x")));
        assertThat(guard.ignores(Command.GO, "ready", 10_400, 10_800)).isTrue();
        assertThat(guard.ignores(null, "press the pedal", 11_000, 11_900)).isTrue();
        assertThat(guard.ignores(Command.GO, "ready", 12_300, 12_400)).as("within the echo margin").isTrue();
    }

    @Test
    void knowsWhenTheAppMadeAnySoundSpokenOrNot() {
        guard.onCue(new Cue.Speech(10_000, 1_000, "Seven.", Optional.empty(), OptionalInt.of(7), Optional.of("x")));
        guard.onCue(new Cue.Sound(20_000, 300, Earcon.values()[0], Optional.of("x")));
        assertThat(guard.soundedBetween(10_200, 10_400)).isTrue();
        assertThat(guard.soundedBetween(11_300, 11_600)).as("within the echo margin").isTrue();
        assertThat(guard.soundedBetween(20_100, 20_200)).as("an earcon").isTrue();
        assertThat(guard.soundedBetween(12_000, 19_000)).isFalse();
        assertThat(guard.soundedBetween(20_900, 21_500)).isFalse();
    }

    @Test
    void letsTheSameWordThroughBeforeOrAfterTheAppSaysIt() {
        guard.speaking("Say ready.", 10_000, 11_000);
        assertThat(guard.ignores(Command.GO, "ready", 8_000, 8_400)).isFalse();
        assertThat(guard.ignores(Command.GO, "ready", 11_600, 12_000)).isFalse();
    }

    @Test
    void matchesWholeWordsOnly() {
        guard.speaking("Now the other foot. Already there.", 0, 3_000);
        assertThat(guard.ignores(Command.GO, "ready", 1_000, 1_500)).isFalse();
        assertThat(guard.ignores(null, "the other foot", 1_000, 1_500)).isTrue();
    }

    @Test
    void aCommandWordAtTheStartOfALongerWordIsTheAppsOwn() {
        guard.speaking("Kick backs", 0, 1_000);
        assertThat(guard.ignores(Command.BACK, "back", 600, 900)).as("heard in \"backs\"").isTrue();
        assertThat(guard.ignores(Command.PAUSE, "pause", 600, 900)).isFalse();
    }

    @Test
    void aSoundAlikeCountsOnlyNearWhereTheSentenceSaysIt() {
        // 44 letters in 3 s: "gently" at about 400-750 ms; the margin is 500 ms.
        guard.speaking("Press gently, then hold it still for a while.", 0, 3_000);
        assertThat(guard.ignores(Command.PAUSE, "wait", 500, 900)).as("where the app says gently").isTrue();
        assertThat(guard.ignores(Command.PAUSE, "wait", 2_000, 2_400)).as("later in the same sentence").isFalse();
        guard.speaking("Now rest.", 3_100, 3_900);
        assertThat(guard.ignores(Command.PAUSE, "wait", 3_200, 3_600)).as("said as the next sentence begins")
                .isFalse();
    }

    @Test
    void stopPassesWhileTheAppTalksAboutSomethingElse() {
        guard.speaking("Hold. One. Two. Three.", 0, 3_000);
        assertThat(guard.ignores(Command.STOP, "stop", 1_000, 1_400)).isFalse();
    }

    @Test
    void stopIsIgnoredOnlyNearTheMomentTheAppSaysStop() {
        // 20 letters in 2 s: "stop" is said from about 400 to 800 ms; the margin is 500 ms.
        guard.speaking("Say stop at any time.", 0, 2_000);
        assertThat(guard.ignores(Command.STOP, "stop", 500, 900)).as("the app's own stop").isTrue();
        assertThat(guard.ignores(Command.STOP, "stop", 1_250, 1_600)).as("just inside the margin").isTrue();
        assertThat(guard.ignores(Command.STOP, "stop", 1_350, 1_700)).as("later in the same sentence").isFalse();
    }

    @Test
    void everyStopInASentenceIsPlacedOnItsOwn() {
        // 35 letters in 3.9 s: the two words "stop" at about 0-450 ms and 3,450-3,900 ms.
        guard.speaking("Stop, breathe, sit down, and then stop.", 0, 3_900);
        assertThat(guard.ignores(Command.STOP, "stop", 100, 300)).isTrue();
        assertThat(guard.ignores(Command.STOP, "stop", 1_600, 2_000)).isFalse();
        assertThat(guard.ignores(Command.STOP, "stop", 3_200, 3_500)).isTrue();
    }

    @Test
    void stopIsNotFoundInsideLongerWords() {
        guard.speaking("Nonstop stopping.", 0, 2_000);
        assertThat(guard.ignores(Command.STOP, "stop", 0, 2_000)).isFalse();
    }

    @Test
    void wordsOfTheAppsHeardAsACommandPhraseCountAsThatPhraseOnly() {
        guard.speaking("Press gently.", 0, 1_000);
        assertThat(guard.ignores(Command.PAUSE, "wait", 200, 600)).isTrue();
        assertThat(guard.ignores(Command.PAUSE, "pause", 200, 600)).as("another word for the command").isFalse();
        assertThat(guard.ignores(Command.NEXT, "next", 200, 600)).isFalse();
    }

    @Test
    void aPhraseHeardAsStopIsIgnoredOnlyWhenItIsSaid() {
        // 30 letters in 3.2 s: "next up" from about 0 to 750 ms.
        guard.speaking("Next up. Calf stretch, both legs.", 0, 3_200);
        assertThat(guard.ignores(Command.STOP, "stop", 300, 700)).isTrue();
        assertThat(guard.ignores(Command.STOP, "stop", 2_000, 2_400)).isFalse();
    }

    @Test
    void theStandardGuardKnowsTheMeasuredSoundAlikes() {
        EchoGuard standard = EchoGuard.standard();
        standard.speaking("Keep both hands on the counter.", 0, 2_000);
        assertThat(standard.ignores(Command.SOFTER, "softer", 1_200, 1_700)).as("'counter' heard as softer").isTrue();
        assertThat(standard.ignores(Command.STOP, "stop", 1_200, 1_700)).as("nothing there sounds like stop")
                .isFalse();
    }

    @Test
    void earconsSayNothing() {
        guard.onCue(new Cue.Sound(0, 300, Earcon.values()[0], Optional.empty()));
        assertThat(guard.ignores(Command.NEXT, "next", 0, 300)).isFalse();
    }
}

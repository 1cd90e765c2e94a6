package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhrasesTest {
    private final Phrases phrases = new Phrases();

    @Test
    void everyPhraseIsShortForListening() {
        for (String key : phrases.keys()) {
            String text = phrases.text(key);
            assertThat(text).as(key).isNotBlank();
            assertThat(text.split("\\s+").length).as(key).isLessThanOrEqualTo(12);
            assertThat(text.toLowerCase()).as(key).doesNotContain("let go");
        }
    }

    @Test
    void countWordsGoToSixtyAndBeyondFallsBackToTheNumber() {
        assertThat(phrases.text("count.1")).isEqualTo("One");
        assertThat(phrases.text("count.21")).isEqualTo("Twenty-one");
        assertThat(phrases.has("count.60")).isTrue();
        PlanStep.Count beyond = PlanBuilder.countStep(phrases, Place.of(Phase.WORK), Work.HOLD, 75, 75);
        assertThat(beyond.phraseKey()).isNull();
        assertThat(beyond.text()).isEqualTo("75");
    }

    @Test
    void aMissingPhraseNamesItsKey() {
        assertThatThrownBy(() -> phrases.text("no.such.key"))
                .hasMessage("phrases.properties has no phrase 'no.such.key'.");
    }

    @Test
    void badSettingsAreOneClearSentence() {
        assertThatThrownBy(() -> SessionSettings.defaults().withTempoFactor(3.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Session settings: tempo factor 3.0 is outside 0.6 to 2.0.");
        assertThatThrownBy(() -> SessionSettings.defaults().withRestSeconds(-1, 5))
                .hasMessage("Session settings: rest and gap times must not be negative.");
    }
}

package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandLineVoiceTest {

    @Test
    void fliteRendersLevelledSpeechWhenInstalled() {
        Optional<Voice> flite = FliteVoice.detect();
        assumeTrue(flite.isPresent(), "flite is not installed");
        assertSaysASentence(flite.get());
    }

    @Test
    void picoRendersLevelledSpeechWhenInstalled() {
        Optional<Voice> pico = PicoVoice.detect();
        assumeTrue(pico.isPresent(), "pico2wave is not installed");
        assertSaysASentence(pico.get());
    }

    @Test
    void catalogPrefersTheClearestInstalledVoiceAndAlwaysHasFreeTts() {
        VoiceCatalog catalog = VoiceCatalog.detect();
        assertThat(catalog.names()).last().isEqualTo(FreeTtsVoice.NAME);
        String expected = PicoVoice.detect().isPresent() ? PicoVoice.NAME
                : FliteVoice.detect().isPresent() ? FliteVoice.NAME : FreeTtsVoice.NAME;
        assertThat(catalog.defaultName()).isEqualTo(expected);
        assertThat(catalog.voice("FreeTTS").name()).isEqualTo(FreeTtsVoice.NAME);
    }

    @Test
    void unknownVoiceNameGivesOneClearSentence() {
        VoiceCatalog catalog = VoiceCatalog.detect();
        assertThat(catalog.find("robot")).isEmpty();
        assertThat(catchThrowable(() -> catalog.voice("robot")))
                .isInstanceOf(SpeechException.class).hasMessageContaining("robot").hasMessageContaining("freetts");
    }

    private static void assertSaysASentence(Voice voice) {
        Pcm pcm = voice.render("Lift your left heel off the floor.");
        assertThat(pcm.millis()).isBetween(1200L, 4500L);
        assertThat(Loudness.voicedRmsDbfs(pcm)).isBetween(-21.0, -17.0);
        assertThat(voice.render("seven").millis()).isBetween(150L, 1200L);
    }
}

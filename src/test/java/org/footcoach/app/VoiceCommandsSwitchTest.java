package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.footcoach.listen.AudioUnavailableException;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.listen.recognise.VoiceModel;
import org.footcoach.session.VirtualClock;
import org.footcoach.speech.FreeTtsVoice;
import org.footcoach.speech.VoiceCatalog;
import org.footcoach.store.EventLog;
import org.junit.jupiter.api.Test;

/** Voice commands turned off and on again, and a voice chosen that is not there, while the app runs. */
class VoiceCommandsSwitchTest {
    private final VirtualClock clock = new VirtualClock();
    private final List<String> shown = new CopyOnWriteArrayList<>();
    private final List<String> withdrawn = new CopyOnWriteArrayList<>();

    @Test
    void offThenOnListensAgainAndTheLineOfTheListeningBeforeGoes() throws Exception {
        String line = "No microphone found. Plug one in for voice commands.";
        VoiceInput voice = VoiceInput.start(missing -> {
            throw new AudioUnavailableException(line, null);
        }, VoiceCommandsSwitchTest::testModel, EventLog.discarding(), clock);
        voice.onNotices(shown::add, withdrawn::add);
        try {
            assertThat(voice.awaitInputCheck(10_000)).isTrue();
            assertThat(shown).containsExactly(line);

            voice.stopListening();
            assertThat(withdrawn).containsExactly(line);
            PacedMicrophone microphone = new PacedMicrophone();
            voice.listenOn(missing -> microphone, VoiceCommandsSwitchTest::testModel);

            assertThat(voice.started().get(60, TimeUnit.SECONDS).isRunning()).isTrue();
            assertThat(voice.listening()).isTrue();
            assertThat(shown).as("nothing new to say").containsExactly(line);
        } finally {
            voice.close();
        }
        assertThat(voice.listening()).isFalse();
    }

    @Test
    void aVoiceChosenThatIsNotInstalledGivesTheClearestWithOneLineThatGoesWhenOneThatIsThereIsChosen() {
        VoiceCatalog voices = VoiceCatalog.detect();
        VoiceSetting setting = new VoiceSetting(voices, EventLog.discarding());
        setting.showOn(shown::add, withdrawn::add);

        assertThat(setting.installed(Optional.of("robot"))).isEqualTo(voices.defaultName());
        assertThat(shown).singleElement().asString().contains("robot").contains(voices.defaultName());
        assertThat(setting.installed(Optional.of(FreeTtsVoice.NAME))).isEqualTo(FreeTtsVoice.NAME);
        assertThat(withdrawn).isEqualTo(shown);
        assertThat(setting.installed(Optional.empty())).isEqualTo(voices.defaultName());
        assertThat(shown).hasSize(1);
    }

    private static VoiceModel testModel() {
        try {
            return VoiceModel.loadNow(Recognition.testModelDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

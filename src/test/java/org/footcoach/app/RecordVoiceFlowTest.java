package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.footcoach.listen.AudioSource;
import org.footcoach.listen.AudioUnavailableException;
import org.footcoach.speech.Pcm;
import org.footcoach.speech.WavWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Record my voice records from: the --mic-file recording when there is one, opened afresh for each take. */
class RecordVoiceFlowTest {
    @Test
    void aMicFileIsRecordedFromAndOpenedAgainForEachTake(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("voice.wav");
        WavWriter.write(Pcm.silence(Pcm.SAMPLE_RATE / 10), file);
        var microphone = RecordVoiceFlow.microphone(file, Optional.of("ignored"));
        for (int take = 0; take < 2; take++) {
            try (AudioSource source = microphone.open()) {
                assertThat(source.name()).isEqualTo("voice.wav");
                assertThat(source.read(new byte[320])).isEqualTo(320);
            }
        }
    }

    @Test
    void aMicFileThatIsNotThereIsNoMicrophoneInOneSentence(@TempDir Path temp) {
        var microphone = RecordVoiceFlow.microphone(temp.resolve("missing.wav"), Optional.empty());
        assertThatThrownBy(microphone::open).isInstanceOf(AudioUnavailableException.class)
                .hasMessageNotContaining("Exception");
    }
}

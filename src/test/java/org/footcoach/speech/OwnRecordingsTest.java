package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A take from the microphone is trimmed, levelled like the voices, saved whole, found by RecordedClips, deleted. */
class OwnRecordingsTest {

    /** Half a second of room noise, one second of a quiet voice-like tone, then room noise again. */
    static float[] quietTakeInANoisyRoom() {
        Random noise = new Random(7);
        int edge = Pcm.SAMPLE_RATE / 2;
        float[] take = new float[edge + Pcm.SAMPLE_RATE + edge];
        for (int i = 0; i < take.length; i++) {
            take[i] = (float) (noise.nextGaussian() * 0.0005);
        }
        for (int i = 0; i < Pcm.SAMPLE_RATE; i++) {
            take[edge + i] += (float) (0.05 * Math.sin(2 * Math.PI * 220 * i / Pcm.SAMPLE_RATE));
        }
        return take;
    }

    @Test
    void aTakeIsTrimmedLevelledSavedAndFoundAsTheClipOfItsPhrase(@TempDir Path data) {
        Path folder = data.resolve("voice");
        OwnRecordings recordings = new OwnRecordings(folder);
        Pcm take = OwnRecordings.shape(quietTakeInANoisyRoom());
        assertThat(take.millis()).as("the noise at both ends is gone").isBetween(990L, 1100L);

        recordings.save("count.7", take);

        assertThat(recordings.has("count.7")).isTrue();
        assertThat(folder.resolve("count.7.wav")).isRegularFile();
        assertThat(folder.resolve("count.7.wav.part")).doesNotExist();
        assertThat(recordings.read("count.7")).isEqualTo(take);
        Pcm found = new RecordedClips(folder).find("count.7").orElseThrow();
        assertThat(found.millis()).isBetween(990L, 1100L);
        assertThat(Loudness.voicedRmsDbfs(found)).as("as loud as the voices")
                .isBetween(Loudness.TARGET_DBFS - 0.5, Loudness.TARGET_DBFS + 0.5);
    }

    @Test
    void aDeletedRecordingLeavesThePhraseToTheVoice(@TempDir Path folder) {
        OwnRecordings recordings = new OwnRecordings(folder);
        recordings.save("work.end", OwnRecordings.shape(quietTakeInANoisyRoom()));
        recordings.delete("work.end");
        assertThat(recordings.has("work.end")).isFalse();
        assertThat(new RecordedClips(folder).find("work.end")).isEmpty();
        recordings.delete("work.end");
    }

    @Test
    void aTakeOfSilenceIsEmpty() {
        assertThat(OwnRecordings.shape(new float[Pcm.SAMPLE_RATE]).sampleCount()).isZero();
    }

    @Test
    void aFolderThatCannotBeMadeIsOneSentence(@TempDir Path data) throws Exception {
        Path notAFolder = data.resolve("voice");
        Files.writeString(notAFolder, "a file in the way");
        assertThatThrownBy(() -> new OwnRecordings(notAFolder).save("count.1",
                OwnRecordings.shape(quietTakeInANoisyRoom())))
                .isInstanceOf(SpeechException.class).hasMessageStartingWith("Cannot write");
    }
}

package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.junit.jupiter.api.Test;

/** The default device opens in 16 kHz mono, else in the first of its own formats that converts, or says why not. */
class DefaultDeviceTest {
    @Test
    void aDeviceThatRefusesSixteenKilohertzIsOpenedInTheFirstOfItsOwnFormatsThatWorks() throws Exception {
        AudioFormat only = new AudioFormat(44_100, 16, 2, true, false);
        List<AudioFormat> tried = new CopyOnWriteArrayList<>();
        SourceDataLine line = DefaultDevice.openFirstPlayable(format -> {
            tried.add(format);
            if (!format.matches(only)) {
                throw new IllegalArgumentException("No line supporting " + format);
            }
            return new FakeLine(format).line();
        }, () -> List.of(new AudioFormat(48_000, 24, 2, true, false), only,
                new AudioFormat(48_000, 16, 2, true, false)));
        assertThat(line.getFormat()).isEqualTo(only);
        assertThat(tried).extracting(AudioFormat::getSampleRate).containsExactly(16_000f, 48_000f, 44_100f);
    }

    @Test
    void aDeviceThatOpensInNoFormatItCanPlayIsUnavailableWithEveryReason() {
        assertThatThrownBy(() -> DefaultDevice.openFirstPlayable(format -> {
            throw new IllegalArgumentException("No line supporting " + format.getSampleRate());
        }, () -> List.of(new AudioFormat(48_000, 16, 2, true, false))))
                .isInstanceOf(LineUnavailableException.class)
                .hasMessage("No line supporting 16000.0")
                .satisfies(e -> assertThat(e.getCause().getSuppressed()).extracting(Throwable::getMessage)
                        .containsExactly("No line supporting 48000.0"));
    }
}

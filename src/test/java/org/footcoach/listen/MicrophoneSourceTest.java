package org.footcoach.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;

class MicrophoneSourceTest {

    private static final double AMPLITUDE = 10_000;

    @Test
    void aMicrophoneThatWillNotOpenIsSaidInPlainWordsAndJavaSoundsStayInTheCause() {
        LineUnavailableException busy = new LineUnavailableException(
                "line with format PCM_SIGNED 16000.0 Hz, 16 bit, mono, 2 bytes/frame, little-endian not supported.");
        AudioUnavailableException refused = MicrophoneSource.refused(busy, new VoiceMessages(Locale.ROOT));

        assertThat(refused.getMessage()).isEqualTo("The microphone will not open. Is another app using it?");
        assertThat(refused.getCause()).isSameAs(busy);
    }

    @Test
    void aMicrophoneNameThatMatchesNoneListsTheMicrophonesThatAreThere() {
        VoiceMessages messages = new VoiceMessages();
        assertThat(MicrophoneSource.notFound(Optional.of("Blue Yeti"), List.of("USB Audio [hw:1,0]", "default"),
                messages)).isEqualTo("There is no microphone called \"Blue Yeti\". Microphones here: "
                        + "USB Audio [hw:1,0], default. Voice commands start when it is plugged in.");
        assertThat(MicrophoneSource.notFound(Optional.of("Blue Yeti"), List.of(), messages))
                .isEqualTo("No microphone found. Plug one in for voice commands.");
    }

    @Test
    void noMicrophoneGivesOneLineAndNoCrash() {
        VoiceMessages messages = new VoiceMessages();
        try (MicrophoneSource mic = MicrophoneSource.open(Optional.of("no such microphone 42"), messages)) {
            throw new AssertionError("a microphone named like that cannot exist: " + mic.name());
        } catch (AudioUnavailableException e) {
            assertThat(e.getMessage()).isEqualTo("No microphone found. Plug one in for voice commands.")
                    .doesNotContain("\n");
        }
    }

    @Test
    void aMicrophoneThatRecordsOnlyAt48KilohertzStereoIsHeardAs16KilohertzMono() throws Exception {
        short[] heard = readAll(MicrophoneSource.reading(
                new RecordedLine(format(48_000, 2), tone(48_000, 2, 440, 2.0)), "USB microphone"));

        assertThat(heard.length).isCloseTo(32_000, within(100));
        assertThat(rms(heard)).isCloseTo(AMPLITUDE / Math.sqrt(2), within(300.0));
        assertThat(crossingsPerSecond(heard)).isCloseTo(880.0, within(10.0));
    }

    @Test
    void a44KilohertzMonoMicrophoneKeepsItsPitch() throws Exception {
        short[] heard = readAll(MicrophoneSource.reading(
                new RecordedLine(format(44_100, 1), tone(44_100, 1, 1000, 1.0)), "built-in"));

        assertThat(heard.length).isCloseTo(16_000, within(100));
        assertThat(crossingsPerSecond(heard)).isCloseTo(2000.0, within(20.0));
    }

    @Test
    void soundAboveWhatTheRecogniserHearsIsFilteredOutNotFoldedBackIntoItsBand() throws Exception {
        for (int rate : new int[] {48_000, 44_100}) {
            short[] high = readAll(MicrophoneSource.reading(
                    new RecordedLine(format(rate, 2), tone(rate, 2, 12_000, 1.0)), "USB microphone"));
            short[] speechBand = readAll(MicrophoneSource.reading(
                    new RecordedLine(format(rate, 2), tone(rate, 2, 3_000, 1.0)), "USB microphone"));

            assertThat(20 * Math.log10(rms(high) / (AMPLITUDE / Math.sqrt(2)))).as("12 kHz from %d Hz", rate)
                    .isLessThan(-40);
            assertThat(rms(speechBand)).as("3 kHz from %d Hz", rate).isCloseTo(AMPLITUDE / Math.sqrt(2), within(300.0));
        }
    }

    @Test
    void a16KilohertzMonoMicrophoneIsReadAsItIs() throws Exception {
        byte[] bytes = tone(16_000, 1, 440, 0.5);
        MicrophoneSource mic = MicrophoneSource.reading(new RecordedLine(AudioSource.FORMAT, bytes), "headset");
        byte[] buffer = new byte[bytes.length];

        assertThat(mic.read(buffer)).isEqualTo(bytes.length);
        assertThat(buffer).isEqualTo(bytes);
    }

    @Test
    void aConvertedMicrophoneThatStopsEndsItsSoundInsteadOfWaitingForMore() throws Exception {
        RecordedLine line = new RecordedLine(format(48_000, 2), tone(48_000, 2, 440, 1.0));
        MicrophoneSource mic = MicrophoneSource.reading(line, "USB microphone");
        byte[] buffer = new byte[640];
        assertThat(mic.read(buffer)).isPositive();

        line.stop();

        assertThat(readAll(mic)).as("what the converter still held").hasSizeLessThan(1_000);
    }

    private static AudioFormat format(float rate, int channels) {
        return new AudioFormat(rate, 16, channels, true, false);
    }

    /** A sine of {@code hz} at {@link #AMPLITUDE}, the same in every channel, 16-bit little-endian. */
    private static byte[] tone(int rate, int channels, double hz, double seconds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < rate * seconds; i++) {
            int v = (int) Math.round(AMPLITUDE * Math.sin(2 * Math.PI * hz * i / rate));
            for (int c = 0; c < channels; c++) {
                out.write(v & 0xff);
                out.write((v >> 8) & 0xff);
            }
        }
        return out.toByteArray();
    }

    /**
     * Everything {@code mic} gives until it ends. A microphone that never ends must fail the test, not hang it: it is
     * read on a daemon thread, for a while.
     */
    private static short[] readAll(MicrophoneSource mic) throws Exception {
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "microphone reader");
            t.setDaemon(true);
            return t;
        });
        Future<byte[]> all = reader.submit(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[640];
            int n;
            while ((n = mic.read(buffer)) > 0) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        });
        try {
            byte[] b = all.get(10, TimeUnit.SECONDS);
            short[] s = new short[b.length / 2];
            for (int i = 0; i < s.length; i++) {
                s[i] = (short) ((b[2 * i] & 0xff) | (b[2 * i + 1] << 8));
            }
            return s;
        } finally {
            reader.shutdownNow();
        }
    }

    private static double rms(short[] s) {
        double sum = 0;
        for (short v : s) {
            sum += (double) v * v;
        }
        return Math.sqrt(sum / s.length);
    }

    private static double crossingsPerSecond(short[] s) {
        int crossings = 0;
        for (int i = 1; i < s.length; i++) {
            if ((s[i - 1] < 0) != (s[i] < 0)) {
                crossings++;
            }
        }
        return crossings * 16_000.0 / s.length;
    }
}

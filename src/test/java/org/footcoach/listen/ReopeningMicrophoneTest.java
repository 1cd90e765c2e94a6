package org.footcoach.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReopeningMicrophoneTest {
    private static final int CHUNK = 640;

    /** A microphone that gives {@code chunks} chunks of a constant sample, then ends or fails. */
    private static final class Scripted implements AudioSource {
        private final short sample;
        private int chunks;
        private final boolean fails;
        boolean closed;

        Scripted(short sample, int chunks, boolean fails) {
            this.sample = sample;
            this.chunks = chunks;
            this.fails = fails;
        }

        @Override
        public String name() {
            return "USB microphone";
        }

        @Override
        public int read(byte[] buffer) throws IOException {
            if (chunks-- <= 0) {
                if (fails) {
                    throw new IOException("device gone");
                }
                return -1;
            }
            for (int i = 0; i < buffer.length; i += 2) {
                buffer[i] = (byte) sample;
                buffer[i + 1] = (byte) (sample >> 8);
            }
            return buffer.length;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final VirtualTime time = new VirtualTime();
    private final List<Long> triedAtMillis = new ArrayList<>();

    @Test
    void aMicrophoneThatStopsGivesSilenceInRealTimeAndIsOpenedAgainEveryTwoSecondsUntilItWorks() throws Exception {
        Scripted second = new Scripted((short) 700, 1_000, false);
        int[] refusals = {2};
        ReopeningMicrophone mic = new ReopeningMicrophone(() -> {
            triedAtMillis.add(time.millis());
            if (refusals[0]-- > 0) {
                throw new AudioUnavailableException("No microphone found.", null);
            }
            return second;
        }, new Scripted((short) 300, 3, false), time);
        byte[] buffer = new byte[CHUNK];

        for (int i = 0; i < 3; i++) {
            assertThat(mic.read(buffer)).isEqualTo(CHUNK);
            assertThat(sampleOf(buffer)).isEqualTo((short) 300);
        }
        assertThat(mic.hearsNothing()).isFalse();
        long lostAt = time.millis();

        int silent = 0;
        while (triedAtMillis.size() < 3) {
            assertThat(mic.read(buffer)).isEqualTo(CHUNK);
            assertThat(buffer).containsOnly((byte) 0);
            assertThat(mic.hearsNothing()).as("until it works again").isEqualTo(triedAtMillis.size() < 3);
            silent++;
            assertThat(time.millis() - lostAt).as("silence comes at the pace it would be heard")
                    .isEqualTo(20L * silent);
        }
        assertThat(triedAtMillis).containsExactly(lostAt + 2_000, lostAt + 4_000, lostAt + 6_000);

        assertThat(mic.read(buffer)).isEqualTo(CHUNK);
        assertThat(sampleOf(buffer)).isEqualTo((short) 700);
        assertThat(mic.hearsNothing()).isFalse();
        assertThat(mic.name()).isEqualTo("USB microphone");
    }

    @Test
    void aMicrophoneNotThereAtFirstIsTriedEveryTwoSecondsAndTheReasonToldOnce() throws Exception {
        Scripted plugged = new Scripted((short) 700, 10, false);
        List<String> told = new ArrayList<>();
        int[] refusals = {3};
        long startedAt = time.millis();

        ReopeningMicrophone mic = ReopeningMicrophone.openWhenThere(() -> {
            triedAtMillis.add(time.millis());
            if (refusals[0]-- > 0) {
                throw new AudioUnavailableException("No microphone found " + refusals[0] + ".", null);
            }
            return plugged;
        }, told::add, time);

        assertThat(triedAtMillis).containsExactly(startedAt, startedAt + 2_000, startedAt + 4_000, startedAt + 6_000);
        assertThat(told).containsExactly("No microphone found 2.");
        byte[] buffer = new byte[CHUNK];
        assertThat(mic.read(buffer)).isEqualTo(CHUNK);
        assertThat(sampleOf(buffer)).isEqualTo((short) 700);
        assertThat(mic.name()).isEqualTo("USB microphone");
    }

    @Test
    void aMicrophoneThereAtOnceIsOpenedWithoutAWord() throws Exception {
        List<String> told = new ArrayList<>();
        ReopeningMicrophone mic = ReopeningMicrophone.openWhenThere(() -> new Scripted((short) 700, 1, false),
                told::add, time);
        assertThat(mic.read(new byte[CHUNK])).isEqualTo(CHUNK);
        assertThat(told).isEmpty();
    }

    @Test
    void waitingForAMicrophoneEndsWhenTheThreadIsInterrupted() {
        List<String> told = new ArrayList<>();
        try {
            assertThatThrownBy(() -> ReopeningMicrophone.openWhenThere(() -> {
                if (triedAtMillis.size() == 2) {
                    Thread.currentThread().interrupt();
                }
                triedAtMillis.add(time.millis());
                throw new AudioUnavailableException("No microphone found.", null);
            }, told::add, time)).isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(triedAtMillis).hasSize(3);
        assertThat(told).containsExactly("No microphone found.");
    }

    @Test
    void aMicrophoneThatFailsToReadIsTreatedAsStopped() throws Exception {
        ReopeningMicrophone mic = new ReopeningMicrophone(() -> new Scripted((short) 900, 10, false),
                new Scripted((short) 300, 1, true), time);
        byte[] buffer = new byte[CHUNK];
        assertThat(mic.read(buffer)).isEqualTo(CHUNK);

        assertThat(mic.read(buffer)).isEqualTo(CHUNK);
        assertThat(buffer).containsOnly((byte) 0);
        for (int i = 0; i < 99; i++) {
            mic.read(buffer);
        }
        assertThat(mic.read(buffer)).isEqualTo(CHUNK);
        assertThat(sampleOf(buffer)).isEqualTo((short) 900);
    }

    @Test
    void closedWhileWaitingForTheMicrophoneItEnds() throws Exception {
        Scripted first = new Scripted((short) 300, 1, false);
        ReopeningMicrophone mic = new ReopeningMicrophone(() -> {
            throw new AudioUnavailableException("No microphone found.", null);
        }, first, time);
        byte[] buffer = new byte[CHUNK];
        mic.read(buffer);
        mic.read(buffer);

        mic.close();

        assertThat(mic.read(buffer)).isEqualTo(-1);
    }

    @Test
    void closingItClosesTheMicrophoneInUse() {
        Scripted first = new Scripted((short) 300, 5, false);
        ReopeningMicrophone mic = new ReopeningMicrophone(() -> first, first, time);
        mic.close();
        assertThat(first.closed).isTrue();
    }

    private static short sampleOf(byte[] buffer) {
        return (short) ((buffer[0] & 0xff) | (buffer[1] << 8));
    }
}

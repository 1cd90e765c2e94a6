package org.footcoach.listen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigitalSilenceTest {
    private static final byte[] ZEROS = new byte[640];

    private static byte[] hiss() {
        byte[] b = new byte[640];
        b[300] = 1; // one sample of the least hiss there is
        return b;
    }

    @Test
    void fiveSecondsOfExactZerosLast() {
        DigitalSilence silence = new DigitalSilence();
        for (int i = 0; i < 249; i++) {
            silence.count(ZEROS, ZEROS.length);
        }
        assertThat(silence.lasting()).as("4.98 s").isFalse();
        silence.count(ZEROS, ZEROS.length);
        assertThat(silence.lasting()).as("5 s").isTrue();
    }

    @Test
    void theLeastSoundStartsTheCountAgain() {
        DigitalSilence silence = new DigitalSilence();
        for (int i = 0; i < 300; i++) {
            silence.count(ZEROS, ZEROS.length);
        }
        silence.count(hiss(), 640);
        assertThat(silence.lasting()).isFalse();
        for (int i = 0; i < 249; i++) {
            silence.count(ZEROS, ZEROS.length);
        }
        assertThat(silence.lasting()).as("the zeros after the hiss are not yet 5 s").isFalse();
    }

    @Test
    void onlyTheBytesReadCount() {
        DigitalSilence silence = new DigitalSilence();
        byte[] staleHiss = hiss();
        for (int i = 0; i < 250; i++) {
            silence.count(ZEROS, ZEROS.length);
        }
        silence.count(staleHiss, 0);
        silence.count(staleHiss, -1);
        assertThat(silence.lasting()).as("nothing read, nothing heard").isTrue();
    }

    @Test
    void fiveSecondsOfAValueStuckAtFullScaleLastLikeZeros() {
        byte[] stuck = new byte[640];
        for (int i = 0; i < stuck.length; i += 2) {
            stuck[i] = (byte) 0xff;
            stuck[i + 1] = 0x7f;
        }
        DigitalSilence silence = new DigitalSilence();
        for (int i = 0; i < 249; i++) {
            silence.count(stuck, stuck.length);
        }
        assertThat(silence.lasting()).as("4.98 s").isFalse();
        silence.count(stuck, stuck.length);
        assertThat(silence.lasting()).as("5 s").isTrue();
    }
}

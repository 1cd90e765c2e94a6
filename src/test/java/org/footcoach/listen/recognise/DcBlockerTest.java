package org.footcoach.listen.recognise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DcBlockerTest {
    private final DcBlocker blocker = new DcBlocker();

    @Test
    void aSteadyOffsetIsGoneWithinATenthOfASecond() {
        short[] out = filtered(offsetTone(600, 0, 0.5));
        assertThat(meanAbs(out, 1_600, out.length)).isLessThan(1.0);
    }

    @Test
    void speechFrequenciesPassUnchangedUnderAnOffset() {
        for (double hz : new double[] {100, 1_000, 6_000}) {
            short[] out = filtered(offsetTone(600, hz, 0.5));
            double rms = 0;
            for (int i = 1_600; i < out.length; i++) {
                rms += (double) out[i] * out[i];
            }
            rms = Math.sqrt(rms / (out.length - 1_600));
            assertThat(rms).as("%s Hz", hz).isCloseTo(3_000 / Math.sqrt(2), within(3_000 / Math.sqrt(2) * 0.01));
        }
    }

    /** {@code offset} plus a tone of {@code hz} at amplitude 3000 (none when {@code hz} is 0), at 16 kHz. */
    private static short[] offsetTone(int offset, double hz, double seconds) {
        short[] s = new short[(int) (16_000 * seconds)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) Math.round(offset + (hz == 0 ? 0 : 3_000 * Math.sin(2 * Math.PI * hz * i / 16_000)));
        }
        return s;
    }

    /** Through the blocker 20 ms at a time, as the recogniser feeds it. */
    private short[] filtered(short[] in) {
        short[] out = new short[in.length];
        byte[] chunk = new byte[640];
        byte[] result = new byte[640];
        for (int at = 0; at < in.length; at += 320) {
            int n = Math.min(320, in.length - at);
            for (int i = 0; i < n; i++) {
                chunk[2 * i] = (byte) in[at + i];
                chunk[2 * i + 1] = (byte) (in[at + i] >> 8);
            }
            blocker.filter(chunk, 2 * n, result);
            for (int i = 0; i < n; i++) {
                out[at + i] = (short) ((result[2 * i] & 0xff) | (result[2 * i + 1] << 8));
            }
        }
        return out;
    }

    private static double meanAbs(short[] s, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += Math.abs(s[i]);
        }
        return sum / (to - from);
    }
}

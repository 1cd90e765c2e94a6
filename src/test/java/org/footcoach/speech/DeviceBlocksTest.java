package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;

class DeviceBlocksTest {
    private static final int BLOCK = LineAudioOutput.BLOCK_SAMPLES;

    @Test
    void theOutputsOwnFormatPassesThroughUntouched() {
        byte[] block = littleEndian(ramp());
        assertThat(new DeviceBlocks(LineAudioOutput.FORMAT, BLOCK).convert(block)).isSameAs(block);
    }

    @Test
    void stereoBigEndianAtFortyEightKilohertzGetsBothChannelsInItsByteOrder() {
        DeviceBlocks blocks = new DeviceBlocks(new AudioFormat(48_000, 16, 2, true, true), BLOCK);
        short[] steady = new short[BLOCK];
        java.util.Arrays.fill(steady, (short) -12_345);
        blocks.convert(littleEndian(steady));
        byte[] out = blocks.convert(littleEndian(steady));
        assertThat(out).hasSize(3 * BLOCK * 2 * 2);
        for (int frame = 0; frame < out.length / 4; frame++) {
            short left = (short) ((out[4 * frame] << 8) | (out[4 * frame + 1] & 0xff));
            short right = (short) ((out[4 * frame + 2] << 8) | (out[4 * frame + 3] & 0xff));
            assertThat(left).isEqualTo((short) -12_345);
            assertThat(right).isEqualTo(left);
        }
    }

    @Test
    void fullScaleNeverWrapsAround() {
        DeviceBlocks blocks = new DeviceBlocks(new AudioFormat(44_100, 16, 1, true, false), BLOCK);
        short[] square = new short[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            square[i] = (i / 20) % 2 == 0 ? Short.MAX_VALUE : Short.MIN_VALUE;
        }
        blocks.convert(littleEndian(square));
        byte[] out = blocks.convert(littleEndian(square));
        int checked = 0;
        for (int j = 0; j < out.length / 2; j++) {
            double inputTime = BLOCK + j * (double) BLOCK / (out.length / 2) - Upsampler.HALF_WIDTH;
            double intoHalf = inputTime % 20;
            if (intoHalf >= 2 && intoHalf <= 17) {
                short s = (short) ((out[2 * j] & 0xff) | (out[2 * j + 1] << 8));
                boolean high = ((int) (inputTime / 20)) % 2 == 0;
                assertThat(s > 0).as("sample %d, where the square wave is %s", j, high ? "high" : "low")
                        .isEqualTo(high);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(600);
    }

    @Test
    void aFormatItCannotWriteIsRefused() {
        assertThatThrownBy(() -> new DeviceBlocks(new AudioFormat(48_000, 24, 2, true, false), BLOCK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static short[] ramp() {
        short[] s = new short[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            s[i] = (short) (i * 50);
        }
        return s;
    }

    private static byte[] littleEndian(short[] samples) {
        byte[] bytes = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            bytes[2 * i] = (byte) samples[i];
            bytes[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return bytes;
    }
}

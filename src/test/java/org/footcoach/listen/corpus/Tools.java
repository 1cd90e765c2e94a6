package org.footcoach.listen.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/** Runs espeak-ng and sox; fails with a clear sentence when they are missing (CI installs them). */
final class Tools {

    private Tools() {
    }

    static void require(String program) {
        try {
            Process p = new ProcessBuilder(program, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException(program + " is not installed; the voice tests need it "
                    + "(apt-get install espeak-ng sox).", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while looking for " + program, e);
        }
    }

    /** Runs a shell pipeline whose standard output is raw 16 kHz mono s16le. */
    static short[] rawPcm(String shellPipeline) {
        try {
            Process p = new ProcessBuilder(List.of("bash", "-c", "set -o pipefail; " + shellPipeline))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            byte[] bytes;
            try (InputStream in = p.getInputStream()) {
                bytes = in.readAllBytes();
            }
            if (p.waitFor() != 0) {
                throw new IllegalStateException("Command failed: " + shellPipeline);
            }
            short[] out = new short[bytes.length / 2];
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(out);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run: " + shellPipeline, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + shellPipeline, e);
        }
    }

    static byte[] toBytes(short[] samples, int from, int to) {
        ByteBuffer b = ByteBuffer.allocate((to - from) * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = from; i < to; i++) {
            b.putShort(samples[i]);
        }
        return b.array();
    }

    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    static final String TO_RAW = " | sox -t wav - -t raw -r 16000 -e signed -b 16 -c 1 -";

}

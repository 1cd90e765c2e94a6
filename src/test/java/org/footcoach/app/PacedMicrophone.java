package org.footcoach.app;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.footcoach.listen.AudioSource;

/** A microphone for tests that gives faint hiss at about real time until it is closed, and tells when it is. */
final class PacedMicrophone implements AudioSource {
    private static final int CHUNK_BYTES = 640;

    final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public String name() {
        return "USB microphone";
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        if (closed.getCount() == 0) {
            return -1;
        }
        try {
            Thread.sleep(20); // a device delivers a chunk every 20 ms: this is its pace, not a test's wait
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        int n = Math.min(buffer.length, CHUNK_BYTES);
        for (int i = 0; i < n; i += 2) {
            buffer[i] = (byte) (i % 7 - 3);
            buffer[i + 1] = 0;
        }
        return n;
    }

    @Override
    public void close() {
        closed.countDown();
    }
}

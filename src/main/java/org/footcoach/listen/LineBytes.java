package org.footcoach.listen;

import java.io.InputStream;
import javax.sound.sampled.TargetDataLine;

/**
 * A microphone line's bytes as a stream that ends once the line is closed or stopped. A line read after that gives
 * zero bytes for ever, and a format converter reading it would wait for more without end.
 */
final class LineBytes extends InputStream {

    private final TargetDataLine line;

    LineBytes(TargetDataLine line) {
        this.line = line;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (!line.isOpen()) {
            return -1;
        }
        int whole = length - length % line.getFormat().getFrameSize();
        if (whole == 0) {
            return 0;
        }
        int n = line.read(buffer, offset, whole);
        return n == 0 && !line.isActive() ? -1 : n;
    }

    @Override
    public int read() {
        throw new UnsupportedOperationException("A microphone line is read in whole frames");
    }
}

package org.footcoach.listen;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Control;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineListener;
import javax.sound.sampled.TargetDataLine;

/** A microphone line that plays back fixed bytes in its own format, then stops as an unplugged one would. */
final class RecordedLine implements TargetDataLine {

    private final AudioFormat format;
    private final byte[] bytes;
    private int position;
    private boolean open = true;
    private boolean running = true;

    RecordedLine(AudioFormat format, byte[] bytes) {
        this.format = format;
        this.bytes = bytes.clone();
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len % format.getFrameSize() != 0) {
            throw new IllegalArgumentException("not a whole number of frames: " + len);
        }
        if (!running) {
            return 0;
        }
        int n = Math.min(len, bytes.length - position);
        System.arraycopy(bytes, position, b, off, n);
        position += n;
        if (position == bytes.length) {
            running = false;
        }
        return n;
    }

    @Override
    public AudioFormat getFormat() {
        return format;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public boolean isActive() {
        return running;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void start() {
        running = open && position < bytes.length;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public void close() {
        running = false;
        open = false;
    }

    @Override
    public void open(AudioFormat f, int bufferSize) {
        open = true;
    }

    @Override
    public void open(AudioFormat f) {
        open = true;
    }

    @Override
    public void open() {
        open = true;
    }

    @Override
    public void drain() {
    }

    @Override
    public void flush() {
    }

    @Override
    public int getBufferSize() {
        return format.getFrameSize() * 1600;
    }

    @Override
    public int available() {
        return running ? bytes.length - position : 0;
    }

    @Override
    public int getFramePosition() {
        return position / format.getFrameSize();
    }

    @Override
    public long getLongFramePosition() {
        return getFramePosition();
    }

    @Override
    public long getMicrosecondPosition() {
        return (long) (getFramePosition() * 1_000_000L / format.getFrameRate());
    }

    @Override
    public float getLevel() {
        return AudioSystem.NOT_SPECIFIED;
    }

    @Override
    public DataLine.Info getLineInfo() {
        return new DataLine.Info(TargetDataLine.class, format);
    }

    @Override
    public Control[] getControls() {
        return new Control[0];
    }

    @Override
    public boolean isControlSupported(Control.Type control) {
        return false;
    }

    @Override
    public Control getControl(Control.Type control) {
        throw new IllegalArgumentException("no controls");
    }

    @Override
    public void addLineListener(LineListener listener) {
    }

    @Override
    public void removeLineListener(LineListener listener) {
    }
}

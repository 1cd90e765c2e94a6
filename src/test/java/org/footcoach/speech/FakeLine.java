package org.footcoach.speech;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.concurrent.Semaphore;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.SourceDataLine;

/** A stand-in sound device: each write waits for a permit from the test, then keeps the bytes. */
final class FakeLine {
    /** CLOSED takes no more bytes, as a line closed under the app does. */
    enum Mode { WORKING, THROWS, STALLS, CLOSED }

    final Semaphore blocksAllowed = new Semaphore(0);
    final Semaphore blocksWritten = new Semaphore(0);
    private final ByteArrayOutputStream played = new ByteArrayOutputStream();
    private final AudioFormat format;
    volatile Mode mode = Mode.WORKING;

    FakeLine() {
        this(LineAudioOutput.FORMAT);
    }

    /** A device opened in {@code format}; {@link #played()} reads its bytes as 16-bit little-endian. */
    FakeLine(AudioFormat format) {
        this.format = format;
    }

    SourceDataLine line() {
        return (SourceDataLine) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SourceDataLine.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "write" -> write((byte[]) args[0], (int) args[1], (int) args[2]);
                    case "isOpen", "isActive", "isRunning" -> true;
                    case "getFormat" -> format;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "FakeLine";
                    default -> defaultValue(method.getReturnType());
                });
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return Boolean.FALSE;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return type == float.class ? 0f : null;
    }

    private int write(byte[] bytes, int offset, int length) throws InterruptedException {
        blocksAllowed.acquire();
        switch (mode) {
            case THROWS -> throw new IllegalStateException("device unplugged");
            case STALLS -> Thread.sleep(Long.MAX_VALUE);
            case CLOSED -> {
                return 0;
            }
            default -> {
            }
        }
        synchronized (played) {
            played.write(bytes, offset, length);
        }
        blocksWritten.release();
        return length;
    }

    /** Lets {@code blocks} more blocks through and waits until they are written. */
    void pump(int blocks) throws InterruptedException {
        blocksAllowed.release(blocks);
        blocksWritten.acquire(blocks);
    }

    short[] played() {
        byte[] bytes;
        synchronized (played) {
            bytes = played.toByteArray();
        }
        short[] samples = new short[bytes.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8));
        }
        return samples;
    }
}

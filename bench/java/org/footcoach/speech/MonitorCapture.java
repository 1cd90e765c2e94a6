package org.footcoach.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Records a PulseAudio source (a null sink's monitor) with {@code parec}, 16-bit mono, keeping every sample and when
 * each read arrived ({@code System.nanoTime}). A null sink hands its monitor the samples it has just "played", so the
 * earliest arrival of a sample, less its place in the stream, is the moment sample 0 sounded: that gives the time of
 * any sample on this JVM's clock, and the slope of those earliest arrivals is the sink's clock against it.
 */
final class MonitorCapture implements AutoCloseable {
    /** One read: how many samples had come with it, and when it came. */
    record Arrival(long samplesAfter, long nanos) {
    }

    private final int rate;
    private final Process parec;
    private final Thread reader;
    private final List<Arrival> arrivals = new ArrayList<>();
    private short[] samples = new short[1 << 20];
    private int count;
    private IOException failure;

    MonitorCapture(String source, int rate) throws IOException {
        this.rate = rate;
        parec = new ProcessBuilder("parec", "-d", source, "--rate=" + rate, "--channels=1", "--format=s16le",
                "--raw", "--latency-msec=5").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        reader = new Thread(this::readAll, "monitor-capture");
        reader.setDaemon(true);
        reader.start();
    }

    private void readAll() {
        byte[] buffer = new byte[4096];
        int carry = -1;
        try (InputStream in = parec.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                long now = System.nanoTime();
                synchronized (this) {
                    for (int i = 0; i < n; i++) {
                        int b = buffer[i] & 0xff;
                        if (carry < 0) {
                            carry = b;
                        } else {
                            add((short) (carry | (b << 8)));
                            carry = -1;
                        }
                    }
                    arrivals.add(new Arrival(count, now));
                }
            }
        } catch (IOException e) {
            synchronized (this) {
                failure = e;
            }
        }
    }

    private void add(short sample) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, samples.length * 2);
        }
        samples[count++] = sample;
    }

    /** The samples so far. */
    synchronized short[] samples() {
        if (failure != null) {
            throw new UncheckedIOException("parec stopped", failure);
        }
        return Arrays.copyOf(samples, count);
    }

    synchronized List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    /** Nanos (this JVM's clock) at which sample 0 sounded, by the nominal rate: the earliest arrival less its place. */
    synchronized long sampleZeroNanos() {
        long best = Long.MAX_VALUE;
        for (Arrival a : arrivals) {
            best = Math.min(best, a.nanos() - a.samplesAfter() * 1_000_000_000L / rate);
        }
        return best;
    }

    /** When sample {@code index} sounded, on this JVM's clock. */
    long nanosOf(long index) {
        return sampleZeroNanos() + index * 1_000_000_000L / rate;
    }

    /**
     * The sink's clock against this JVM's, in parts per million (positive: the sink plays more samples a second than
     * its rate says), from the earliest arrival in each window of {@code windowSeconds}: a straight line through them.
     */
    synchronized double sinkPpm(int windowSeconds) {
        List<double[]> points = new ArrayList<>();
        long window = (long) windowSeconds * rate;
        double bestLag = Double.MAX_VALUE;
        long bestAt = -1;
        long windowEnd = window;
        for (Arrival a : arrivals) {
            if (a.samplesAfter() > windowEnd) {
                if (bestAt >= 0) {
                    points.add(new double[] {bestAt, bestLag});
                }
                bestLag = Double.MAX_VALUE;
                bestAt = -1;
                windowEnd += window;
            }
            double lag = a.nanos() - a.samplesAfter() * 1e9 / rate;
            if (lag < bestLag) {
                bestLag = lag;
                bestAt = a.samplesAfter();
            }
        }
        if (points.size() < 2) {
            return Double.NaN;
        }
        double slopeNanosPerSample = Line.fit(points).slope();
        return -slopeNanosPerSample * rate / 1e9 * 1e6;
    }

    @Override
    public void close() throws InterruptedException {
        parec.destroy();
        reader.join(5000);
    }
}

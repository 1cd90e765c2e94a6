package org.footcoach.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays through one Java Sound {@link SourceDataLine} that stays open and running on its own thread, writing 20 ms
 * blocks of mixed clips or silence, converted where the device plays only other formats. If the device cannot be
 * opened, does not answer, or fails mid-session, it reports once to its listener and carries on as a
 * {@link SilentAudioOutput} on the same timeline; it never hangs.
 */
public final class LineAudioOutput implements AudioOutput {
    public static final AudioFormat FORMAT = new AudioFormat(Pcm.SAMPLE_RATE, 16, 1, true, false);
    static final int BLOCK_SAMPLES = Pcm.SAMPLES_PER_MILLI * 20;
    private static final int LINE_BUFFER_BLOCKS = 4;
    private static final long PROBE_TIMEOUT_MILLIS = 3000;
    /** Long enough that a busy machine's hiccup (seen: 1.8 s) is not taken for a lost device. */
    private static final long STALL_MILLIS = 5000;
    private static final float LIMIT_KNEE = 0.9f;
    private static final System.Logger LOG = System.getLogger(LineAudioOutput.class.getName());

    /** Opens and starts a line in {@link #FORMAT} or one {@link DeviceBlocks} converts to; a seam for tests. */
    @FunctionalInterface
    interface LineOpener {
        SourceDataLine open() throws LineUnavailableException;
    }

    private record Placed(Pcm pcm, long atSample) {
    }

    private final SourceDataLine line;
    private final DeviceBlocks deviceBlocks;
    private final AudioUnavailableListener listener;
    private final PlaybackTap tap;
    private final long stallNanos;
    private final List<Placed> placed = new ArrayList<>();
    private final AtomicBoolean failed = new AtomicBoolean();
    private final Thread writer;
    private final ScheduledExecutorService watchdog;
    private volatile SilentAudioOutput fallback;
    private volatile boolean running = true;
    private volatile int volumeStep = DEFAULT_VOLUME_STEP;
    private volatile long writeStartedNanos;
    /** End of the block being mixed: the first sample a new clip can still join. Guarded by {@link #placed}. */
    private long mixedUpTo;

    private LineAudioOutput(SourceDataLine line, AudioUnavailableListener listener, PlaybackTap tap,
                            long stallMillis) {
        this.line = line;
        this.deviceBlocks = new DeviceBlocks(line.getFormat(), BLOCK_SAMPLES);
        this.listener = listener;
        this.tap = tap;
        this.stallNanos = TimeUnit.MILLISECONDS.toNanos(stallMillis);
        this.writer = new Thread(this::writeBlocks, "audio-out");
        this.writer.setDaemon(true);
        this.writer.setPriority(Thread.MAX_PRIORITY);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "audio-out-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Opens the default sound device, or returns a silent output after telling {@code listener} why. */
    public static AudioOutput open(AudioUnavailableListener listener) {
        return open(listener, PlaybackTap.NONE);
    }

    /** As {@link #open(AudioUnavailableListener)}, telling {@code tap} every block played. */
    public static AudioOutput open(AudioUnavailableListener listener, PlaybackTap tap) {
        return open(LineAudioOutput::openDefaultLine, listener, tap, PROBE_TIMEOUT_MILLIS, STALL_MILLIS);
    }

    static AudioOutput open(LineOpener opener, AudioUnavailableListener listener, long probeTimeoutMillis,
                            long stallMillis) {
        return open(opener, listener, PlaybackTap.NONE, probeTimeoutMillis, stallMillis);
    }

    static AudioOutput open(LineOpener opener, AudioUnavailableListener listener, PlaybackTap tap,
                            long probeTimeoutMillis, long stallMillis) {
        CompletableFuture<SourceDataLine> probe = new CompletableFuture<>();
        Thread prober = new Thread(() -> {
            try {
                probe.complete(opener.open());
            } catch (LineUnavailableException | RuntimeException e) {
                probe.completeExceptionally(e);
            }
        }, "audio-out-probe");
        prober.setDaemon(true);
        prober.start();
        try {
            SourceDataLine line = probe.get(probeTimeoutMillis, TimeUnit.MILLISECONDS);
            if (!PlaybackFormat.playable(line.getFormat())) {
                line.close();
                return silent(listener, SpeechMessages.NO_DEVICE, "the line opened in " + line.getFormat());
            }
            LineAudioOutput output = new LineAudioOutput(line, listener, tap, stallMillis);
            output.start();
            return output;
        } catch (TimeoutException e) {
            probe.thenAccept(SourceDataLine::close);
            return silent(listener, SpeechMessages.NO_ANSWER, "no answer within " + probeTimeoutMillis + " ms");
        } catch (ExecutionException e) {
            return silent(listener, SpeechMessages.NO_DEVICE, e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return silent(listener, SpeechMessages.NO_ANSWER, "interrupted while opening");
        }
    }

    private static AudioOutput silent(AudioUnavailableListener listener, String messageKey, String detail) {
        String reason = SpeechMessages.text(messageKey);
        LOG.log(System.Logger.Level.WARNING, "Sound output unavailable: " + detail + ". Going on silently.");
        listener.audioUnavailable(reason);
        return new SilentAudioOutput();
    }

    /** Opens and starts a line in one format; a seam so tests can play a device that refuses some formats. */
    @FunctionalInterface
    interface FormatOpener {
        SourceDataLine open(AudioFormat format) throws LineUnavailableException;
    }

    private static SourceDataLine openDefaultLine() throws LineUnavailableException {
        return openFirstPlayable(LineAudioOutput::openIn, LineAudioOutput::offeredFormats);
    }

    /** A line in {@link #FORMAT}, or else in the first of the {@code offered} formats that can be converted to. */
    static SourceDataLine openFirstPlayable(FormatOpener opener, Supplier<List<AudioFormat>> offered)
            throws LineUnavailableException {
        try {
            return opener.open(FORMAT);
        } catch (IllegalArgumentException | LineUnavailableException notAt16k) {
            for (AudioFormat format : PlaybackFormat.candidates(offered.get())) {
                try {
                    SourceDataLine line = opener.open(format);
                    LOG.log(System.Logger.Level.INFO, "The sound device does not play " + FORMAT
                            + ", so sound is converted to " + format + ".");
                    return line;
                } catch (IllegalArgumentException | LineUnavailableException e) {
                    notAt16k.addSuppressed(e);
                }
            }
            if (notAt16k instanceof LineUnavailableException unavailable) {
                throw unavailable;
            }
            LineUnavailableException none = new LineUnavailableException(notAt16k.getMessage());
            none.initCause(notAt16k);
            throw none;
        }
    }

    private static SourceDataLine openIn(AudioFormat format) throws LineUnavailableException {
        SourceDataLine line = AudioSystem.getSourceDataLine(format);
        int blockFrames = Math.round(format.getFrameRate() * BLOCK_SAMPLES / Pcm.SAMPLE_RATE);
        line.open(format, format.getFrameSize() * blockFrames * LINE_BUFFER_BLOCKS);
        line.start();
        return line;
    }

    private static List<AudioFormat> offeredFormats() {
        List<AudioFormat> offered = new ArrayList<>();
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            for (Line.Info line : AudioSystem.getMixer(info).getSourceLineInfo(new Line.Info(SourceDataLine.class))) {
                if (line instanceof DataLine.Info data) {
                    offered.addAll(Arrays.asList(data.getFormats()));
                }
            }
        }
        return offered;
    }

    private void start() {
        writer.start();
        long period = Math.max(1, TimeUnit.NANOSECONDS.toMillis(stallNanos) / 4);
        watchdog.scheduleAtFixedRate(this::checkForStall, period, period, TimeUnit.MILLISECONDS);
    }

    private void writeBlocks() {
        float[] mix = new float[BLOCK_SAMPLES];
        byte[] bytes = new byte[BLOCK_SAMPLES * 2];
        long blockStart = 0;
        while (running && fallback == null) {
            Arrays.fill(mix, 0f);
            synchronized (placed) {
                mixedUpTo = blockStart + BLOCK_SAMPLES;
                for (Iterator<Placed> it = placed.iterator(); it.hasNext(); ) {
                    Placed clip = it.next();
                    clip.pcm().mixInto(mix, blockStart, clip.atSample());
                    if (clip.atSample() + clip.pcm().sampleCount() <= mixedUpTo) {
                        it.remove();
                    }
                }
            }
            toBytes(mix, (float) AudioOutput.gain(volumeStep), bytes);
            byte[] device = deviceBlocks.convert(bytes);
            int written;
            try {
                writeStartedNanos = System.nanoTime();
                written = line.write(device, 0, device.length);
            } catch (RuntimeException e) {
                fail(blockStart, "the line failed: " + e);
                return;
            } finally {
                writeStartedNanos = 0;
            }
            if (written < device.length) {
                if (running) {
                    fail(blockStart, "the line took only " + written + " of " + device.length + " bytes");
                }
                return;
            }
            tap.played(bytes, bytes.length);
            blockStart += BLOCK_SAMPLES;
        }
    }

    /** Scales, limits softly above the knee so a loud step never clips hard, and packs little-endian 16-bit. */
    static void toBytes(float[] mix, float gain, byte[] bytes) {
        for (int i = 0; i < mix.length; i++) {
            float x = mix[i] * gain / 32768f;
            float magnitude = Math.abs(x);
            if (magnitude > LIMIT_KNEE) {
                float over = (magnitude - LIMIT_KNEE) / (1 - LIMIT_KNEE);
                x = Math.signum(x) * (LIMIT_KNEE + (1 - LIMIT_KNEE) * (float) Math.tanh(over));
            }
            short s = Loudness.toShort(x);
            bytes[2 * i] = (byte) s;
            bytes[2 * i + 1] = (byte) (s >> 8);
        }
    }

    private void checkForStall() {
        long started = writeStartedNanos;
        if (started != 0 && System.nanoTime() - started > stallNanos) {
            long head;
            synchronized (placed) {
                head = mixedUpTo;
            }
            fail(head, "a write has not returned for " + TimeUnit.NANOSECONDS.toMillis(stallNanos) + " ms");
        }
    }

    private void fail(long atSample, String detail) {
        if (!failed.compareAndSet(false, true)) {
            return;
        }
        SilentAudioOutput silent = new SilentAudioOutput(atSample);
        watchdog.shutdown();
        LOG.log(System.Logger.Level.WARNING, "Sound output lost: " + detail + ". Going on silently.");
        listener.audioUnavailable(SpeechMessages.text(SpeechMessages.LOST));
        fallback = silent;
        synchronized (placed) {
            placed.clear();
        }
        closeLineAside();
    }

    /** Closing a broken line can itself hang, so it happens on a throwaway thread. */
    private void closeLineAside() {
        Thread closer = new Thread(line::close, "audio-out-close");
        closer.setDaemon(true);
        closer.start();
    }

    @Override
    public long writeHead() {
        SilentAudioOutput silent = fallback;
        if (silent != null) {
            return silent.writeHead();
        }
        synchronized (placed) {
            return mixedUpTo;
        }
    }

    @Override
    public void play(Pcm pcm, long atSample) {
        if (fallback != null) {
            return;
        }
        synchronized (placed) {
            placed.add(new Placed(pcm, Math.max(atSample, mixedUpTo)));
        }
    }

    @Override
    public void cancelAll() {
        synchronized (placed) {
            placed.clear();
        }
    }

    @Override
    public int volumeStep() {
        return volumeStep;
    }

    @Override
    public void setVolumeStep(int step) {
        volumeStep = AudioOutput.clampedStep(step);
    }

    @Override
    public boolean isSilent() {
        return fallback != null;
    }

    @Override
    public void close() {
        running = false;
        watchdog.shutdownNow();
        if (failed.compareAndSet(false, true)) {
            closeLineAside();
        }
    }
}

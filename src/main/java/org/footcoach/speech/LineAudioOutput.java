package org.footcoach.speech;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays through one Java Sound {@link SourceDataLine} that stays open and running on its own thread, writing 20 ms
 * blocks of mixed clips or silence, converted where the device plays only other formats. If the device cannot be
 * opened, does not answer, or fails mid-session, it reports once to its listener and carries on silently on the same
 * timeline, trying the device again every {@value #REOPEN_MILLIS} ms (never while an earlier try still hangs); once
 * one plays, the listener hears that sound is back. It never hangs.
 *
 * <p>The timeline follows the device's clock: when the writer was held up so long that the line ran dry, the device
 * played silence of its own, and the writer skips as much of the timeline ({@link DryLineWatch}), so what comes after
 * still sounds at its sample.
 */
public final class LineAudioOutput implements AudioOutput {
    public static final AudioFormat FORMAT = new AudioFormat(Pcm.SAMPLE_RATE, 16, 1, true, false);
    static final int BLOCK_SAMPLES = Pcm.SAMPLES_PER_MILLI * 20;
    private static final long PROBE_TIMEOUT_MILLIS = 3000;
    /** Long enough that a busy machine's hiccup (seen: 1.8 s) is not taken for a lost device. */
    private static final long STALL_MILLIS = 5000;
    private static final long REOPEN_MILLIS = 2000;
    private static final System.Logger LOG = System.getLogger(LineAudioOutput.class.getName());

    /** Opens and starts a line in {@link #FORMAT} or one {@link DeviceBlocks} converts to; a seam for tests. */
    @FunctionalInterface
    interface LineOpener {
        SourceDataLine open() throws LineUnavailableException;
    }

    /** How long to wait for a device, and how often to try one again. */
    record Patience(long probeTimeoutMillis, long stallMillis, long reopenMillis) {
        static final Patience STANDARD = new Patience(PROBE_TIMEOUT_MILLIS, STALL_MILLIS, REOPEN_MILLIS);
    }

    /** One opened line and what its blocks are converted to. */
    private record Device(SourceDataLine line, DeviceBlocks blocks) {
        Device(SourceDataLine line) {
            this(line, new DeviceBlocks(line.getFormat(), BLOCK_SAMPLES));
        }
    }

    private final LineOpener opener;
    private final AudioUnavailableListener listener;
    private final PlaybackTap tap;
    private final Patience patience;
    private final LongSupplier nanoTime;
    private final ClipMixer clips = new ClipMixer();
    private final ScheduledExecutorService watchdog;
    /** The device being written to; null after it failed or was closed. Changed only while holding {@code this}. */
    private volatile Device device;
    private volatile SilentAudioOutput fallback;
    private ScheduledFuture<?> reopening;
    /** An opening of the device that never answered; no other is tried while it hangs. Watchdog thread only. */
    private CompletableFuture<SourceDataLine> unanswered;
    private volatile boolean running = true;
    private volatile int volumeStep = DEFAULT_VOLUME_STEP;
    private volatile long writeStartedNanos;

    private LineAudioOutput(LineOpener opener, AudioUnavailableListener listener, PlaybackTap tap, Patience patience,
                            LongSupplier nanoTime) {
        this.opener = opener;
        this.nanoTime = nanoTime;
        this.listener = listener;
        this.tap = tap;
        this.patience = patience;
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
        return open(DefaultDevice::open, listener, tap, Patience.STANDARD);
    }

    static AudioOutput open(LineOpener opener, AudioUnavailableListener listener, long probeTimeoutMillis,
                            long stallMillis) {
        return open(opener, listener, PlaybackTap.NONE, new Patience(probeTimeoutMillis, stallMillis, REOPEN_MILLIS));
    }

    static AudioOutput open(LineOpener opener, AudioUnavailableListener listener, PlaybackTap tap,
                            long probeTimeoutMillis, long stallMillis) {
        return open(opener, listener, tap, new Patience(probeTimeoutMillis, stallMillis, REOPEN_MILLIS));
    }

    static AudioOutput open(LineOpener opener, AudioUnavailableListener listener, PlaybackTap tap,
                            Patience patience) {
        return open(opener, listener, tap, patience, System::nanoTime);
    }

    /** As above, timing the line on {@code nanoTime} (tests move it by hand). */
    static AudioOutput open(LineOpener opener, AudioUnavailableListener listener, PlaybackTap tap,
                            Patience patience, LongSupplier nanoTime) {
        DeviceProbe.Opened opened = DeviceProbe.probe(opener, patience.probeTimeoutMillis());
        LineAudioOutput output = new LineAudioOutput(opener, listener, tap, patience, nanoTime);
        if (opened.line() == null) {
            LOG.log(System.Logger.Level.WARNING,
                    "Sound output unavailable: " + opened.detail() + ". Going on silently.");
            listener.audioUnavailable(SpeechMessages.text(opened.messageKey()));
            output.unanswered = opened.unanswered();
            output.goSilent(0);
        } else {
            output.startPlaying(new Device(opened.line()), 0);
        }
        long period = Math.max(1, patience.stallMillis() / 4);
        output.watchdog.scheduleAtFixedRate(output::checkForStall, period, period, TimeUnit.MILLISECONDS);
        return output;
    }

    /** Writes to {@code playing} from timeline sample {@code fromSample} on a writer thread of its own. */
    private synchronized void startPlaying(Device playing, long fromSample) {
        device = playing;
        fallback = null;
        Thread writer = new Thread(() -> writeBlocks(playing, fromSample), "audio-out");
        writer.setDaemon(true);
        writer.setPriority(Thread.MAX_PRIORITY);
        writer.start();
    }

    private void writeBlocks(Device playing, long fromSample) {
        float[] mix = new float[BLOCK_SAMPLES];
        byte[] bytes = new byte[BLOCK_SAMPLES * 2];
        DryLineWatch dry = new DryLineWatch(playing.line().getFormat(), playing.line().getBufferSize());
        long blockStart = fromSample;
        while (running && device == playing) {
            clips.mixBlock(mix, blockStart);
            ClipMixer.toBytes(mix, (float) AudioOutput.gain(volumeStep), bytes);
            byte[] converted = playing.blocks().convert(bytes);
            int written;
            try {
                writeStartedNanos = System.nanoTime();
                written = playing.line().write(converted, 0, converted.length);
            } catch (RuntimeException e) {
                fail(playing, blockStart, "the line failed: " + e);
                return;
            } finally {
                writeStartedNanos = 0;
            }
            if (written < converted.length) {
                if (running) {
                    fail(playing, blockStart, "the line took only " + written + " of " + converted.length + " bytes");
                }
                return;
            }
            long silence = dry.written(nanoTime.getAsLong(), playing.line().available(), converted.length);
            if (device == playing) {
                if (silence > 0) {
                    tap.played(new byte[(int) silence * 2], (int) silence * 2);
                }
                tap.played(bytes, bytes.length);
            }
            blockStart += BLOCK_SAMPLES + silence;
        }
    }

    private void checkForStall() {
        Device playing = device;
        long started = writeStartedNanos;
        if (playing != null && started != 0
                && System.nanoTime() - started > TimeUnit.MILLISECONDS.toNanos(patience.stallMillis())) {
            fail(playing, clips.mixedUpTo(), "a write has not returned for " + patience.stallMillis() + " ms");
        }
    }

    /**
     * {@code failed} stopped working: go on silently from {@code atSample}, and try the device again now and then.
     * The listener hears of it before {@link #isSilent()} says so.
     */
    private void fail(Device failed, long atSample, String detail) {
        synchronized (this) {
            if (device != failed || !running) {
                return;
            }
            device = null;
        }
        LOG.log(System.Logger.Level.WARNING, "Sound output lost: " + detail + ". Going on silently.");
        listener.audioUnavailable(SpeechMessages.text(SpeechMessages.LOST));
        goSilent(atSample);
        clips.clear();
        closeAside(failed.line());
    }

    /** Silence on the timeline from {@code atSample}, while the device is tried again every so often. */
    private synchronized void goSilent(long atSample) {
        fallback = new SilentAudioOutput(atSample);
        if (running) {
            reopening = watchdog.scheduleWithFixedDelay(this::tryReopening, patience.reopenMillis(),
                    patience.reopenMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** On the watchdog thread: the device again; once it opens, the listener hears so, then sound goes to it. */
    private void tryReopening() {
        if (unanswered != null && !unanswered.isDone()) {
            return;
        }
        DeviceProbe.Opened opened = DeviceProbe.probe(opener, patience.probeTimeoutMillis());
        unanswered = opened.unanswered();
        SourceDataLine line = opened.line();
        if (line == null) {
            return;
        }
        synchronized (this) {
            reopening.cancel(false);
            if (!running) {
                closeAside(line);
                return;
            }
        }
        LOG.log(System.Logger.Level.INFO, "Sound output works again.");
        listener.audioBack();
        synchronized (this) {
            if (!running) {
                closeAside(line);
                return;
            }
            long head = fallback.writeHead();
            clips.restartAt(head);
            startPlaying(new Device(line), head);
        }
    }

    /** Closing a broken line can itself hang, so it happens on a throwaway thread. */
    private static void closeAside(SourceDataLine line) {
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
        return clips.mixedUpTo();
    }

    @Override
    public void play(Pcm pcm, long atSample) {
        if (fallback != null) {
            return;
        }
        clips.place(pcm, atSample);
    }

    @Override
    public void cancelAll() {
        clips.clear();
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
        Device playing;
        synchronized (this) {
            running = false;
            playing = device;
            device = null;
        }
        watchdog.shutdownNow();
        if (playing != null) {
            closeAside(playing.line());
        }
    }
}

package org.footcoach.app;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.footcoach.listen.AudioSource;
import org.footcoach.listen.AudioUnavailableException;
import org.footcoach.listen.ReopeningMicrophone;
import org.footcoach.session.Phrases;
import org.footcoach.speech.AudioOutput;
import org.footcoach.speech.OwnRecordings;
import org.footcoach.speech.Pcm;
import org.footcoach.speech.PhraseSpeaker;
import org.footcoach.speech.SpeechException;
import org.footcoach.ui.PhraseRecorder;
import org.footcoach.ui.PhraseRecorder.Events;

/**
 * Records a phrase from the microphone for Record my voice: a take is read on a thread of its own ("voice-record")
 * until it is stopped, the input ends, or it reaches {@value #LONGEST_MILLIS} ms, its level told as it goes; then it is
 * trimmed and levelled ({@link OwnRecordings#shape}). Takes and saved recordings play on the app's sound output;
 * saving and deleting happen on another thread ("voice-recording-files"), and the phrase cache is told, so the phrase
 * is said the new way the next time it is needed. What comes of it all is told to the screen on {@code screen}.
 */
final class MicrophoneRecorder implements PhraseRecorder {
    static final long LONGEST_MILLIS = 10_000;
    private static final Logger LOG = Logger.getLogger(MicrophoneRecorder.class.getName());
    /** 50 ms of 16-bit samples a read: the meter moves twenty times a second. */
    private static final int CHUNK_BYTES = 2 * 50 * Pcm.SAMPLES_PER_MILLI;
    /** The meter's range: this far below full scale shows as nothing. */
    private static final double METER_FLOOR_DB = 60;
    /** A take starts after the "heard you" sound that answers the press asking for it. */
    private static final long PLAY_AFTER_SAMPLES = Pcm.sampleOf(250);

    private final ReopeningMicrophone.Opener microphone;
    private final OwnRecordings recordings;
    private final CompletableFuture<AudioOutput> output;
    private final Consumer<String> recordingChanged;
    private final PhraseSpeaker.Saying playing;
    private final Executor screen;
    private final Phrases phrases = new Phrases();
    private final ExecutorService files = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "voice-recording-files");
        t.setDaemon(true);
        return t;
    });
    /** Whether each phrase asked about has a recording, as far as keeps and deletes already asked for go. */
    private final Map<String, Boolean> saved = new ConcurrentHashMap<>();
    private Events events;
    private volatile Take recording;
    private volatile Take held;
    private boolean placed;

    /** One take: its phrase, whether it was asked to stop, and its sound once it has ended. */
    private static final class Take {
        final String phraseKey;
        volatile boolean stopAsked;
        volatile Pcm pcm;

        Take(String phraseKey) {
            this.phraseKey = phraseKey;
        }
    }

    /**
     * @param microphone       opens the microphone for each take (a WAV file in tests)
     * @param recordings       the folder of the person's recordings
     * @param output           the app's sound output, once it is open
     * @param recordingChanged told the phrase key whose recording was saved or deleted (the phrase cache forgets it)
     * @param playing          told the words and length of each recording played, for the echo guard
     * @param screen           the screen's thread
     */
    MicrophoneRecorder(ReopeningMicrophone.Opener microphone, OwnRecordings recordings,
                       CompletableFuture<AudioOutput> output, Consumer<String> recordingChanged,
                       PhraseSpeaker.Saying playing, Executor screen) {
        this.microphone = microphone;
        this.recordings = recordings;
        this.output = output;
        this.recordingChanged = recordingChanged;
        this.playing = playing;
        this.screen = screen;
    }

    @Override
    public void tell(Events receiver) {
        events = receiver;
    }

    @Override
    public void checkMicrophone() {
        background("voice-record-check", () -> {
            try (AudioSource source = microphone.open()) {
                LOG.fine(() -> "Recording can use " + source.name());
            } catch (AudioUnavailableException e) {
                missing(e);
            }
        });
    }

    @Override
    public boolean saved(String phraseKey) {
        return saved.computeIfAbsent(phraseKey, recordings::has);
    }

    @Override
    public void record(String phraseKey) {
        Take take = new Take(phraseKey);
        recording = take;
        background("voice-record", () -> read(take));
    }

    @Override
    public void stop() {
        Take take = recording;
        if (take != null) {
            take.stopAsked = true;
        }
    }

    @Override
    public void playTake() {
        Take take = held;
        if (take != null) {
            play(take.pcm, take.phraseKey);
        }
    }

    @Override
    public void playSaved(String phraseKey) {
        files.execute(() -> {
            try {
                play(recordings.read(phraseKey), phraseKey);
            } catch (SpeechException e) {
                LOG.log(Level.WARNING, "Cannot play the recording of " + phraseKey, e);
                screen.execute(() -> events.failed(e.getMessage()));
            }
        });
    }

    @Override
    public void keep(String phraseKey) {
        Take take = held;
        held = null;
        if (take == null) {
            return;
        }
        boolean before = saved(phraseKey);
        saved.put(phraseKey, true);
        files.execute(() -> change(phraseKey, before, () -> recordings.save(phraseKey, take.pcm)));
    }

    @Override
    public void drop() {
        held = null;
    }

    @Override
    public void delete(String phraseKey) {
        boolean before = saved(phraseKey);
        saved.put(phraseKey, false);
        files.execute(() -> change(phraseKey, before, () -> recordings.delete(phraseKey)));
    }

    @Override
    public void leave() {
        stop();
        held = null;
        quiet();
    }

    private void read(Take take) {
        float[] samples = new float[(int) (LONGEST_MILLIS * Pcm.SAMPLES_PER_MILLI)];
        int count = 0;
        try (AudioSource source = microphone.open()) {
            byte[] buffer = new byte[CHUNK_BYTES];
            while (!take.stopAsked && count < samples.length) {
                int n = source.read(buffer);
                if (n < 0) {
                    break;
                }
                float peak = 0;
                for (int i = 0; i + 1 < n && count < samples.length; i += 2) {
                    float s = (short) ((buffer[i] & 0xff) | (buffer[i + 1] << 8)) / 32768f;
                    samples[count++] = s;
                    peak = Math.max(peak, Math.abs(s));
                }
                double level = meter(peak);
                screen.execute(() -> events.level(level));
            }
        } catch (AudioUnavailableException e) {
            missing(e);
            return;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The microphone stopped during a recording; what was heard is kept.", e);
        }
        take.pcm = OwnRecordings.shape(Arrays.copyOf(samples, count));
        boolean heard = take.pcm.sampleCount() > 0;
        held = heard ? take : null;
        screen.execute(() -> events.recorded(heard));
    }

    /** Where {@code peak} (full scale 1) shows on the meter, 0 to 1, in decibels: speech moves it visibly. */
    static double meter(float peak) {
        if (peak <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(1, 1 + 20 * Math.log10(peak) / METER_FLOOR_DB));
    }

    private void missing(AudioUnavailableException e) {
        LOG.info(() -> "Nothing can be recorded: " + e.getMessage());
        screen.execute(() -> events.noMicrophone());
    }

    private void change(String phraseKey, boolean before, Runnable write) {
        try {
            write.run();
            recordingChanged.accept(phraseKey);
        } catch (SpeechException e) {
            LOG.log(Level.WARNING, "The recording of " + phraseKey + " was not changed", e);
            saved.put(phraseKey, before);
            screen.execute(() -> events.failed(e.getMessage()));
        }
    }

    private void play(Pcm pcm, String phraseKey) {
        output.thenAccept(out -> {
            synchronized (this) {
                if (placed) {
                    out.cancelAll();
                }
                long head = out.writeHead();
                out.play(pcm, head + PLAY_AFTER_SAMPLES);
                placed = true;
                if (!out.isSilent()) {
                    playing.saying(phrases.text(phraseKey), PLAY_AFTER_SAMPLES / Pcm.sampleOf(1) + pcm.millis());
                }
            }
        });
    }

    private void quiet() {
        output.thenAccept(out -> {
            synchronized (this) {
                if (placed) {
                    placed = false;
                    out.cancelAll();
                }
            }
        });
    }

    private static void background(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}

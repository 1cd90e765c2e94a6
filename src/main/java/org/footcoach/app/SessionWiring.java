package org.footcoach.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.footcoach.session.Phrases;
import org.footcoach.session.SessionSettings;
import org.footcoach.speech.AudioOutput;
import org.footcoach.speech.EarconSounds;
import org.footcoach.speech.FreeTtsVoice;
import org.footcoach.speech.PhraseCache;
import org.footcoach.speech.RecordedClips;
import org.footcoach.speech.VoiceCatalog;
import org.footcoach.store.EventLog;

/**
 * Speech and logging for live sessions, started once when the app starts and never making its caller wait: the
 * voice loads on its own thread, the fixed phrases render in the background, the sound device is probed in the
 * background. Each session then gets the {@link #services()}: lengths from the phrase cache, the settings, its
 * voice and the event log.
 */
final class SessionWiring implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SessionWiring.class.getName());

    private final PhraseCache cache;
    private final CompletableFuture<AudioOutput> output;
    private final AudioUnavailableNotice notice;
    private final SessionServices services;

    private SessionWiring(PhraseCache cache, CompletableFuture<AudioOutput> output, AudioUnavailableNotice notice,
                          EventLog log) {
        this.cache = cache;
        this.output = output;
        this.notice = notice;
        this.services = new SessionServices(cache, SessionSettings.defaults(),
                List.of(new SessionVoice(cache, output), new SessionEventLog(log)));
    }

    /**
     * Starts everything in the background and returns at once.
     *
     * @param voiceName  an installed voice of {@code voices} (see {@link VoiceChoice})
     * @param recordings a folder of recorded phrase clips that replace the voice (may be missing)
     */
    static SessionWiring start(VoiceCatalog voices, String voiceName, AudioOutMode audioOut, Path recordings,
                               EventLog log) {
        PhraseCache cache = new PhraseCache(BackgroundVoice.load(voices, voiceName),
                () -> voices.voice(FreeTtsVoice.NAME), new RecordedClips(recordings), EarconSounds.load());
        cache.prepare(new Phrases());
        AudioUnavailableNotice notice = new AudioUnavailableNotice(log);
        CompletableFuture<AudioOutput> output = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                output.complete(AudioOutput.open(audioOut.argument(), notice));
            } catch (RuntimeException e) {
                output.completeExceptionally(e);
            }
        }, "audio-out-open");
        opener.setDaemon(true);
        opener.start();
        return new SessionWiring(cache, output, notice, log);
    }

    /** What {@code DesktopLaunch} passes to every live session. */
    SessionServices services() {
        return services;
    }

    /** Shows the one sentence on screen when sound cannot be played (now, or whenever that becomes known). */
    void onAudioUnavailable(Consumer<String> banner) {
        notice.showOn(banner);
    }

    /** Closes the sound device and stops rendering; for when the window closes. */
    @Override
    public void close() {
        cache.close();
        try {
            output.get(1, TimeUnit.SECONDS).close();
        } catch (TimeoutException e) {
            output.thenAccept(AudioOutput::close);
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "The sound output had failed to open.", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

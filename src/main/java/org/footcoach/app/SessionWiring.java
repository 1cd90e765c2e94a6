package org.footcoach.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.footcoach.listen.ReopeningMicrophone;
import org.footcoach.listen.cancel.PlayedAudio;
import org.footcoach.session.Clock;
import org.footcoach.session.Controls;
import org.footcoach.session.Earcon;
import org.footcoach.session.Phrases;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSettings;
import org.footcoach.speech.AudioOutput;
import org.footcoach.speech.EarconSounds;
import org.footcoach.speech.FreeTtsVoice;
import org.footcoach.speech.LiveSpeaker;
import org.footcoach.speech.PhraseCache;
import org.footcoach.speech.PhraseSpeaker;
import org.footcoach.speech.PlaybackTap;
import org.footcoach.speech.RecordedClips;
import org.footcoach.speech.VoiceCatalog;
import org.footcoach.store.EventLog;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.PhraseVoice;

/**
 * Speech and logging for live sessions, started once when the app starts and never making its caller wait: the
 * voice loads on its own thread, the fixed phrases render in the background, the sound device is probed in the
 * background. Each session then gets the {@link #services()}: lengths from the phrase cache, the settings, and
 * listeners made for it on its clock: its voice on the app's one sound output (which tells the echo guard of voice
 * commands what it really played) and its lines in the event log.
 */
final class SessionWiring implements AutoCloseable {
    /** More than the longest delay the echo canceller looks for. */
    private static final int PLAYED_SECONDS_KEPT = 3;

    private final PhraseCache cache;
    private final CompletableFuture<AudioOutput> output;
    private final AudioUnavailableNotice notice;
    private final EventLog log;
    private final SessionServices services;
    private final VoiceInput voiceInput;
    private final PhraseSpeaker phrases;
    /** The speaker of the session that runs now, or last ran: the answer to a command plays in its timeline. */
    private volatile LiveSpeaker speaking;

    private SessionWiring(PhraseCache cache, CompletableFuture<AudioOutput> output, AudioUnavailableNotice notice,
                          EventLog log, VoiceInput voiceInput) {
        this.cache = cache;
        this.output = output;
        this.notice = notice;
        this.log = log;
        this.voiceInput = voiceInput;
        this.phrases = new PhraseSpeaker(cache, output, new Phrases(), voiceInput::speakingNow);
        this.services = new SessionServices(cache.withoutWaiting(), SessionSettings.defaults(), this::listenersFor,
                () -> voiceInput.listening() ? Controls.VOICE_KEYS_TOUCH : Controls.KEYS_TOUCH);
    }

    /**
     * As the command line asked: {@code --voice} (else the clearest installed), {@code --audio-out}; the voice input
     * on {@code clock}, the app's one clock, which every session runs on.
     */
    static SessionWiring start(LaunchOptions options, Path dataFolder, EventLog log, Clock clock) {
        VoiceCatalog voices = VoiceCatalog.detect();
        String voice = VoiceChoice.resolve(voices, options.voice()).orElseGet(voices::defaultName);
        PlayedAudio played = new PlayedAudio(PLAYED_SECONDS_KEPT);
        VoiceInput voiceInput = VoiceInput.start(options.voiceInput(), played, log, clock);
        return start(voices, voice, options.audioOut(), dataFolder.resolve(RecordedVoice.FOLDER), log, voiceInput,
                played::played);
    }

    /**
     * Starts everything in the background and returns at once.
     *
     * @param voiceName  an installed voice of {@code voices} (see {@link VoiceChoice})
     * @param recordings a folder of recorded phrase clips that replace the voice (may be missing)
     * @param voiceInput voice commands, already starting (see {@link VoiceInput#start}), on the clock sessions run on
     * @param tap        told what the sound device plays, for the microphone's echo canceller
     */
    static SessionWiring start(VoiceCatalog voices, String voiceName, AudioOutMode audioOut, Path recordings,
                               EventLog log, VoiceInput voiceInput, PlaybackTap tap) {
        PhraseCache cache = new PhraseCache(BackgroundVoice.load(voices, voiceName),
                () -> voices.voice(FreeTtsVoice.NAME), new RecordedClips(recordings), EarconSounds.load());
        cache.prepare(new Phrases());
        AudioUnavailableNotice notice = new AudioUnavailableNotice(log);
        CompletableFuture<AudioOutput> output = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                output.complete(AudioOutput.open(audioOut.argument(), notice, tap));
            } catch (RuntimeException e) {
                output.completeExceptionally(e);
            }
        }, "audio-out-open");
        opener.setDaemon(true);
        opener.start();
        return new SessionWiring(cache, output, notice, log, voiceInput);
    }

    /**
     * With a phrase cache and a sound output the caller made (the live-session benchmark renders the cache ahead and
     * plays into a simulated room on a virtual clock); the wiring closes both.
     */
    static SessionWiring start(PhraseCache cache, AudioOutput output, EventLog log, VoiceInput voiceInput) {
        return new SessionWiring(cache, CompletableFuture.completedFuture(output), new AudioUnavailableNotice(log), log,
                voiceInput);
    }

    /**
     * Waits at most {@code limit} in all for the sound device and the microphone to be opened or given up, so their
     * "no sound" and "no microphone" banner is in place before the first screen shows and never pushes buttons away
     * from under a finger. Opening a line normally takes a few milliseconds; a device that takes longer is reported
     * later by the same banner.
     */
    void awaitDeviceChecks(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            output.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slowDevice) {
            // Handled: the window opens now, and the banner appears when the device check gives up.
            return;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the sound output could not be set up", e.getCause());
        }
        voiceInput.awaitInputCheck(Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
    }

    /** What {@code DesktopLaunch} passes to every live session. */
    SessionServices services() {
        return services;
    }

    /**
     * The listeners of one session, on its clock: its voice (the first session waits for the sound device check as it
     * starts), telling the echo guard what it really played (nothing when no sound can be heard), and its lines in the
     * event log.
     */
    private List<SessionListener> listenersFor(Clock clock) {
        SessionListener echo = voiceInput.echoFeed();
        LiveSpeaker speaker = new LiveSpeaker(cache, output, clock, echo::cue);
        speaking = speaker;
        return List.of(speaker, new SessionEventLog(log));
    }

    /**
     * Shows the one sentence on screen when sound cannot be played (now, or whenever that becomes known), and takes it
     * off with {@code withdraw} when a lost device plays again.
     */
    void onAudioUnavailable(Consumer<String> banner, Consumer<String> withdraw) {
        notice.showOn(banner, withdraw);
    }

    /**
     * Shows the one sentence on screen when voice commands are off for want of a microphone or model, and a
     * microphone that hears nothing until it hears again ({@code withdraw} takes that line off).
     */
    void onVoiceNotices(Consumer<String> banner, Consumer<String> withdraw) {
        voiceInput.onNotices(banner, withdraw);
    }

    /** Says a question of a screen outside a session, on the same voice and sound device as the sessions. */
    PhraseVoice phraseVoice() {
        return new PhraseVoice() {
            @Override
            public void say(String phraseKey) {
                phrases.say(phraseKey);
            }

            @Override
            public void quiet() {
                phrases.quiet();
            }
        };
    }

    /**
     * Record my voice in {@code window}, recording from {@code microphone} into the data folder's {@code voice/}: a
     * recording saved or deleted there is said from the next time its phrase is needed, and one played back is not
     * taken for the person's commands.
     */
    RecordVoiceFlow recordVoice(AppWindow window, CommandRouter commands, Path dataFolder,
                                ReopeningMicrophone.Opener microphone) {
        return new RecordVoiceFlow(window, commands, dataFolder, output, microphone, cache::forget,
                voiceInput::speakingNow);
    }

    /** Where voice commands go: pointed once at the app's {@link CommandRouter}. */
    CommandRoute voiceCommands() {
        return voiceInput.route();
    }

    /**
     * The "heard you" earcon at once, the answer to every command: in a running session's timeline, so its next words
     * wait for it, else straight to the sound device. The echo guard is told when it can be heard, so a command said
     * right after it is not taken for talk.
     */
    void playHeardYou() {
        output.thenAccept(out -> {
            LiveSpeaker speaker = speaking;
            if (speaker == null || !speaker.answerHeard()) {
                out.play(cache.earcon(Earcon.HEARD_YOU), out.writeHead());
            }
            if (!out.isSilent()) {
                voiceInput.soundingNow(cache.earconMillis(Earcon.HEARD_YOU));
            }
        });
    }

    /**
     * Releases the sound device and stops rendering, without making the caller wait (it is called as the window
     * closes, on the EDT): the render thread may be inside a voice for a moment, the device may be slow to let go.
     */
    @Override
    public void close() {
        voiceInput.close();
        phrases.close();
        output.thenAccept(AudioOutput::close);
        Thread closer = new Thread(cache::close, "speech-close");
        closer.setDaemon(true);
        closer.start();
    }
}

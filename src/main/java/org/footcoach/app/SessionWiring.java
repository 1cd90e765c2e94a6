package org.footcoach.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.footcoach.listen.MicrophoneSource;
import org.footcoach.listen.ReopeningMicrophone;
import org.footcoach.listen.cancel.PlayedAudio;
import org.footcoach.session.Clock;
import org.footcoach.session.Controls;
import org.footcoach.session.Earcon;
import org.footcoach.session.Phrases;
import org.footcoach.session.Preferences;
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
import org.footcoach.ui.SettingsChoices;

/**
 * Speech and logging for live sessions, started once when the app starts and never making its caller wait: the
 * voice loads on its own thread, the fixed phrases render in the background, the sound device is probed in the
 * background. Each session then gets the {@link #services()}: lengths from the phrase cache, the settings, and
 * listeners made for it on its clock: its voice on the app's one sound output (which tells the echo guard of voice
 * commands what it really played) and its lines in the event log. What Settings change of the voice, its speed, the
 * starting volume and listening takes effect here at once ({@link PreferencesApplier.Speech}).
 */
final class SessionWiring implements PreferencesApplier.Speech, AutoCloseable {
    /** More than the longest delay the echo canceller looks for. */
    private static final int PLAYED_SECONDS_KEPT = 3;

    private final PhraseCache cache;
    private final CompletableFuture<AudioOutput> output;
    private final AudioUnavailableNotice notice;
    private final EventLog log;
    private final SessionServices services;
    private final VoiceInput voiceInput;
    private final PhraseSpeaker phrases;
    private final VoiceSetting voiceSetting;
    private final PlayedAudio played;
    /** The volume step each session starts at: Settings' step, else the output's default. */
    private volatile int startingVolume = AudioOutput.DEFAULT_VOLUME_STEP;
    /** The speaker of the session that runs now, or last ran: the answer to a command plays in its timeline. */
    private volatile LiveSpeaker speaking;

    private SessionWiring(PhraseCache cache, CompletableFuture<AudioOutput> output, AudioUnavailableNotice notice,
                          EventLog log, VoiceInput voiceInput, VoiceSetting voiceSetting, PlayedAudio played) {
        this.voiceSetting = voiceSetting;
        this.played = played;
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
     * As the command line asked, and Settings where it did not ({@link LaunchOptions#over}): the voice (else the
     * clearest installed) at the saved speed, {@code --audio-out}, sessions starting at the saved volume; the voice
     * input on {@code clock}, the app's one clock, which every session runs on.
     */
    static SessionWiring start(LaunchOptions options, Preferences saved, Path dataFolder, EventLog log,
                               Clock clock) {
        VoiceSetting voiceSetting = new VoiceSetting(VoiceCatalog.detect(), log);
        String voice = voiceSetting.installed(Optional.ofNullable(options.voice()));
        PlayedAudio played = new PlayedAudio(PLAYED_SECONDS_KEPT);
        VoiceInput voiceInput = VoiceInput.start(options.voiceInput(), played, log, clock);
        PhraseCache cache = phraseCache(voiceSetting.catalog(), voice, saved.voiceSpeed(),
                dataFolder.resolve(RecordedVoice.FOLDER));
        SessionWiring wiring = start(cache, options.audioOut(), log, voiceInput, voiceSetting, played, played::played);
        wiring.startAtVolume(saved.volumeStep());
        return wiring;
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
        return start(phraseCache(voices, voiceName, 1.0, recordings), audioOut, log, voiceInput,
                new VoiceSetting(voices, log), new PlayedAudio(PLAYED_SECONDS_KEPT), tap);
    }

    /** The voice loading in the background, FreeTTS at the same speed standing in, the fixed phrases rendering. */
    private static PhraseCache phraseCache(VoiceCatalog voices, String voiceName, double speed, Path recordings) {
        PhraseCache cache = new PhraseCache(BackgroundVoice.load(voices, voiceName, speed),
                () -> voices.voice(FreeTtsVoice.NAME, speed), new RecordedClips(recordings), EarconSounds.load());
        cache.prepare(new Phrases());
        return cache;
    }

    private static SessionWiring start(PhraseCache cache, AudioOutMode audioOut, EventLog log, VoiceInput voiceInput,
                                       VoiceSetting voiceSetting, PlayedAudio played, PlaybackTap tap) {
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
        return new SessionWiring(cache, output, notice, log, voiceInput, voiceSetting, played);
    }

    /**
     * With a phrase cache and a sound output the caller made (the live-session benchmark renders the cache ahead and
     * plays into a simulated room on a virtual clock); the wiring closes both.
     */
    static SessionWiring start(PhraseCache cache, AudioOutput output, EventLog log, VoiceInput voiceInput) {
        return new SessionWiring(cache, CompletableFuture.completedFuture(output), new AudioUnavailableNotice(log), log,
                voiceInput, new VoiceSetting(VoiceCatalog.detect(), log), new PlayedAudio(PLAYED_SECONDS_KEPT));
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
     * The listeners of one session, on its clock: its voice at the starting volume (the first session waits for the
     * sound device check as it starts), telling the echo guard what it really played (nothing when no sound can be heard), and its lines in the
     * event log.
     */
    private List<SessionListener> listenersFor(Clock clock) {
        int volume = startingVolume;
        output.thenAccept(out -> out.setVolumeStep(volume));
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
        voiceSetting.showOn(banner, withdraw);
    }

    /**
     * Speaks with the voice chosen in Settings (the clearest installed when it is not there, with one line) at
     * {@code speed} from now on. Returns at once: the voice loads and what was prepared renders again in the
     * background, and until a phrase is ready a session shows it as a caption.
     */
    @Override
    public void speakWith(Optional<String> voice, double speed) {
        VoiceCatalog voices = voiceSetting.catalog();
        String name = voiceSetting.installed(voice);
        cache.speakWith(BackgroundVoice.load(voices, name, speed), () -> voices.voice(FreeTtsVoice.NAME, speed));
    }

    /**
     * Sessions start at {@code step} (empty: the output's default) from the next one on, and the output plays at it
     * from now. LOUDER and SOFTER in a session step from there, for that session only.
     */
    @Override
    public void startAtVolume(OptionalInt step) {
        int volume = AudioOutput.clampedStep(step.orElse(AudioOutput.DEFAULT_VOLUME_STEP));
        startingVolume = volume;
        output.thenAccept(out -> out.setVolumeStep(volume));
    }

    /** Voice commands on, on {@code microphone} (the first that opens when it is not there, with one line), or off. */
    @Override
    public void listen(boolean on, Optional<String> microphone) {
        voiceInput.listenAs(VoiceInputChoice.fromSettings(on, microphone), played);
    }

    /** What the Settings screen offers: the voices installed here, the themes, the microphones there now. */
    SettingsChoices settingsChoices() {
        return new SettingsChoices(voiceSetting.catalog().names(), MicrophoneSource.available(),
                AudioOutput.DEFAULT_VOLUME_STEP, AudioOutput.MAX_VOLUME_STEP);
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

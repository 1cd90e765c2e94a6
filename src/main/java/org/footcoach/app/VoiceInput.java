package org.footcoach.app;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.footcoach.listen.AudioSource;
import org.footcoach.listen.AudioUnavailableException;
import org.footcoach.listen.VoiceCommands;
import org.footcoach.listen.VoiceMessages;
import org.footcoach.listen.cancel.PlayedAudio;
import org.footcoach.listen.echo.EchoGuard;
import org.footcoach.listen.recognise.ModelCache;
import org.footcoach.listen.recognise.ModelFolderException;
import org.footcoach.listen.recognise.VoiceModel;
import org.footcoach.session.Clock;
import org.footcoach.session.SessionListener;
import org.footcoach.store.EventLog;

/**
 * Voice commands for the whole app: the input opens and then the model loads in the background at launch (the
 * first screen never waits), then one {@link VoiceCommands} service listens until the app closes and sends each command
 * through the {@link CommandRoute} (start screen or running session). Sessions feed the echo guard through
 * {@link #echoFeed()}. A microphone that is not there yet is waited for, with one line from {@link VoiceNotice} until
 * it is; when the input cannot be had or the model is missing, voice commands stay off and {@link VoiceNotice} says so
 * once. Everything else goes on.
 */
final class VoiceInput implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(VoiceInput.class.getName());

    /**
     * Opens the audio input; may fail with a sentence for the person. An input that waits for a device to be plugged
     * in tells {@code missing} why it waits, once, and stops waiting when its thread is interrupted.
     */
    @FunctionalInterface
    interface Opener {
        AudioSource open(Consumer<String> missing) throws AudioUnavailableException, IOException,
                InterruptedException;
    }

    private final EchoGuard guard = EchoGuard.standard();
    private final CommandRoute route = new CommandRoute();
    private final VoiceNotice notice;
    private final Clock clock;
    private final Supplier<VoiceModel> modelLoader;
    private VoiceModel model;
    private final CompletableFuture<VoiceCommands> started = new CompletableFuture<>();
    private final CompletableFuture<Void> inputChecked = new CompletableFuture<>();
    private VoiceCommands commands;
    private boolean closed;
    /** The thread opening the input, while it may still be waiting for a device; null after. */
    private Thread opening;
    /** True while no microphone is there and one is waited for. */
    private volatile boolean waitingForDevice;

    private VoiceInput(VoiceNotice notice, Clock clock, Supplier<VoiceModel> modelLoader) {
        this.notice = notice;
        this.clock = clock;
        this.modelLoader = modelLoader;
    }

    /**
     * As the command line chose; {@code clock} is the app's one clock, the one every session runs on; {@code played}
     * is what the app's loudspeaker plays, taken out of the microphone. Returns at once.
     */
    static VoiceInput start(VoiceInputChoice choice, PlayedAudio played, EventLog log, Clock clock) {
        if (!choice.on()) {
            log.record("voice-off", EventLog.fields());
            return off(log, clock);
        }
        return start(choice.opener(played), () -> VoiceModel.loadInBackground(ModelCache.bundled()), log, clock);
    }

    /** Voice commands off: nothing listens, the echo feed and the route do nothing harmful. */
    static VoiceInput off(EventLog log, Clock clock) {
        VoiceInput off = new VoiceInput(new VoiceNotice(log), clock, null);
        off.inputChecked.complete(null);
        return off;
    }

    /**
     * Opens {@code input} on a thread of its own, then starts loading the model in the background (not when there is
     * no input) and listens with it; returns at once.
     */
    static VoiceInput start(Opener input, Supplier<VoiceModel> model, EventLog log, Clock clock) {
        VoiceInput voice = new VoiceInput(new VoiceNotice(log), clock, model);
        Thread opener = new Thread(() -> voice.listen(input), "voice-input-open");
        opener.setDaemon(true);
        synchronized (voice) {
            voice.opening = opener;
        }
        opener.start();
        return voice;
    }

    private void listen(Opener input) {
        AudioSource source;
        try {
            source = input.open(line -> {
                waitingForDevice = true;
                notice.waitingForInput(line);
                inputChecked.complete(null);
            });
        } catch (InterruptedException e) {
            inputChecked.complete(null);
            started.cancel(false);
            return;
        } catch (AudioUnavailableException e) {
            notice.unavailable(e.getMessage());
            inputChecked.complete(null);
            started.completeExceptionally(e);
            return;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Voice input cannot be opened", e);
            notice.unavailable(CliText.get("voice.inputUnreadable", e.getMessage()));
            inputChecked.complete(null);
            started.completeExceptionally(e);
            return;
        }
        waitingForDevice = false;
        notice.listeningTo(source.name());
        inputChecked.complete(null);
        synchronized (this) {
            opening = null;
            // An interrupt meant for the wait may come just after it ended; it must not stop the model loading.
            Thread.interrupted();
            if (closed) {
                source.close();
                started.cancel(false);
                return;
            }
            model = modelLoader.get();
        }
        // VoiceCommands ties the stream's start to the clock when it starts, so it must start only once the model is
        // loaded and reading begins at once; otherwise the echo guard is off by the loading time.
        try {
            model.await();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Voice model unavailable", e);
            source.close();
            notice.unavailable(modelUnavailable(e));
            started.completeExceptionally(e);
            return;
        }
        synchronized (this) {
            if (closed) {
                source.close();
                started.cancel(false);
                return;
            }
            commands = VoiceCommands.start(source, guard, route::send, notice, model, clock);
        }
        started.complete(commands);
    }

    /**
     * Why voice commands are off when the model cannot be had: a cache folder's problem in plain words, otherwise
     * only that the model cannot be loaded (the exception goes to the log, not on screen).
     */
    static String modelUnavailable(IOException e) {
        VoiceMessages messages = new VoiceMessages();
        return e instanceof ModelFolderException folder
                ? messages.format("status.model-folder", folder.folder(), FileProblem.describe(folder.problem()))
                : messages.format("status.model-unavailable");
    }

    /**
     * Waits at most {@code millis} for the input to be opened, given up or waited for (its "no microphone" line is
     * then on record); true when that happened in time.
     */
    boolean awaitInputCheck(long millis) throws InterruptedException {
        try {
            inputChecked.get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException slowInput) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the voice input check failed", e.getCause());
        }
    }

    /**
     * A listener for one session, so the guard knows what the app says and plays. The session must run on this
     * input's clock (the app's one clock).
     */
    SessionListener echoFeed() {
        return new EchoFeed(guard);
    }

    /**
     * Whether a spoken command can be taken now or in a moment: voice commands are on, the input is open (the model
     * may still be loading), and neither has been given up. Prompts name speaking only then.
     */
    synchronized boolean listening() {
        return modelLoader != null && !closed && !waitingForDevice && !started.isCompletedExceptionally();
    }

    /** The app plays a sound of {@code millis} from now outside a session (the start screen's "heard you"). */
    void soundingNow(long millis) {
        long now = clock.millis();
        guard.sounding(now, now + millis);
    }

    /** The app says {@code text} from now until {@code millis} from now, outside a session (a question). */
    void speakingNow(String text, long millis) {
        long now = clock.millis();
        guard.speaking(text, now, now + millis);
    }

    /** Whether the guard knows of a sound of the app's between these times of the voice clock. */
    boolean appSoundedBetween(long from, long to) {
        return guard.soundedBetween(from, to);
    }

    CommandRoute route() {
        return route;
    }

    /**
     * Shows the one line on screen when voice commands are off for want of an input or model, and "the microphone
     * hears nothing" until it hears again, taken off with {@code withdraw}.
     */
    void onNotices(Consumer<String> banner, Consumer<String> withdraw) {
        notice.showOn(banner, withdraw);
    }

    /**
     * The service, once the input is open; fails when the input cannot be opened, never completes when voice commands
     * are off.
     */
    CompletableFuture<VoiceCommands> started() {
        return started;
    }

    /** Stops listening and lets the model go; returns at once. A second call does nothing. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (opening != null) {
                opening.interrupt();
            }
            if (commands != null) {
                commands.stop();
            }
            if (model != null) {
                model.close();
            }
        }
    }
}

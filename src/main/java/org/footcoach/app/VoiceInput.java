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
 * once. Everything else goes on. Voice commands can be turned off and on again, or moved to another microphone, while
 * the app runs ({@link #stopListening()}, {@link #listenOn}).
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
    private final EventLog log;
    private final Clock clock;
    /** Where the lines of each listening go: shown again for each new one. */
    private Consumer<String> banner;
    private Consumer<String> withdraw;
    /** The listening now: one that is off has no model. */
    private Listening current;
    private boolean closed;

    /**
     * One stretch of listening, from turning voice commands on (or starting the app) until they are turned off or
     * the app closes, with its own lines for the person, so a line of one that has ended is never shown.
     */
    private final class Listening {
        final Supplier<VoiceModel> modelLoader;
        final VoiceNotice notice;
        final CompletableFuture<VoiceCommands> started = new CompletableFuture<>();
        final CompletableFuture<Void> inputChecked = new CompletableFuture<>();
        VoiceModel model;
        VoiceCommands commands;
        /** The thread opening the input, while it may still be waiting for a device; null after. */
        Thread opening;
        /** True while no microphone is there and one is waited for. */
        volatile boolean waitingForDevice;
        boolean stopped;

        Listening(Supplier<VoiceModel> modelLoader) {
            this.modelLoader = modelLoader;
            this.notice = new VoiceNotice(log);
        }
    }

    private VoiceInput(EventLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
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
        VoiceInput voice = new VoiceInput(log, clock);
        synchronized (voice) {
            voice.begin(choice.opener(played, voice::aside), VoiceInput::bundledModel);
        }
        return voice;
    }

    /**
     * Listens as {@code choice} says from now on (Settings changed): stops when it is off, else listens afresh on the
     * microphone it names. Returns at once.
     */
    void listenAs(VoiceInputChoice choice, PlayedAudio played) {
        if (choice.on()) {
            listenOn(choice.opener(played, this::aside), VoiceInput::bundledModel);
        } else {
            stopListening();
        }
    }

    /** A line that holds while what listens now lasts. */
    private void aside(String line) {
        Listening now;
        synchronized (this) {
            now = current;
        }
        now.notice.aside(line);
    }

    /** The model inside the jar, unpacked once and loaded in the background. */
    static VoiceModel bundledModel() {
        return VoiceModel.loadInBackground(ModelCache.bundled());
    }

    /** Voice commands off: nothing listens, the echo feed and the route do nothing harmful. */
    static VoiceInput off(EventLog log, Clock clock) {
        VoiceInput off = new VoiceInput(log, clock);
        synchronized (off) {
            off.current = off.notListening();
        }
        return off;
    }

    /**
     * Opens {@code input} on a thread of its own, then starts loading the model in the background (not when there is
     * no input) and listens with it; returns at once.
     */
    static VoiceInput start(Opener input, Supplier<VoiceModel> model, EventLog log, Clock clock) {
        VoiceInput voice = new VoiceInput(log, clock);
        synchronized (voice) {
            voice.begin(input, model);
        }
        return voice;
    }

    /**
     * Stops what listens now and listens on {@code input} instead (voice commands turned on, or another microphone),
     * as {@link #start(Opener, Supplier, EventLog, Clock)} does; the lines on screen of what listened before go.
     * Returns at once; does nothing once closed.
     */
    void listenOn(Opener input, Supplier<VoiceModel> model) {
        VoiceNotice before;
        synchronized (this) {
            if (closed) {
                return;
            }
            before = stop(current);
            begin(input, model);
        }
        before.detach();
        showNotices();
    }

    /** Stops listening (voice commands turned off): the microphone closes, and prompts ask for no word. */
    void stopListening() {
        VoiceNotice before;
        synchronized (this) {
            if (closed || current.modelLoader == null) {
                return;
            }
            before = stop(current);
            current = notListening();
        }
        log.record("voice-off", EventLog.fields());
        before.detach();
    }

    private Listening notListening() {
        Listening off = new Listening(null);
        off.inputChecked.complete(null);
        return off;
    }

    /** Called holding this object's lock. */
    private void begin(Opener input, Supplier<VoiceModel> model) {
        Listening listening = new Listening(model);
        Thread opener = new Thread(() -> listen(listening, input), "voice-input-open");
        opener.setDaemon(true);
        listening.opening = opener;
        current = listening;
        opener.start();
    }

    /**
     * Called holding this object's lock; returns the notice of what stopped. The model is let go only once the
     * recogniser has stopped using it (after its current chunk), on a thread of its own: freeing it under a running
     * recogniser crashes the JVM.
     */
    private VoiceNotice stop(Listening listening) {
        listening.stopped = true;
        if (listening.opening != null) {
            listening.opening.interrupt();
        }
        VoiceCommands commands = listening.commands;
        VoiceModel model = listening.model;
        if (commands != null) {
            commands.stop();
        }
        if (model != null) {
            Thread release = new Thread(() -> {
                try {
                    if (commands != null) {
                        commands.awaitEnd();
                    }
                    model.close();
                } catch (InterruptedException e) {
                    LOG.log(Level.WARNING, "The voice model was not let go: interrupted while listening stopped", e);
                }
            }, "voice-model-release");
            release.setDaemon(true);
            release.start();
        }
        return listening.notice;
    }

    private void listen(Listening listening, Opener input) {
        VoiceNotice notice = listening.notice;
        AudioSource source;
        try {
            source = input.open(line -> {
                listening.waitingForDevice = true;
                notice.waitingForInput(line);
                listening.inputChecked.complete(null);
            });
        } catch (InterruptedException e) {
            listening.inputChecked.complete(null);
            listening.started.cancel(false);
            return;
        } catch (AudioUnavailableException e) {
            notice.unavailable(e.getMessage());
            listening.inputChecked.complete(null);
            listening.started.completeExceptionally(e);
            return;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Voice input cannot be opened", e);
            notice.unavailable(CliText.get("voice.inputUnreadable", e.getMessage()));
            listening.inputChecked.complete(null);
            listening.started.completeExceptionally(e);
            return;
        }
        listening.waitingForDevice = false;
        notice.listeningTo(source.name());
        listening.inputChecked.complete(null);
        VoiceModel model;
        synchronized (this) {
            listening.opening = null;
            // An interrupt meant for the wait may come just after it ended; it must not stop the model loading.
            Thread.interrupted();
            if (listening.stopped) {
                source.close();
                listening.started.cancel(false);
                return;
            }
            model = listening.modelLoader.get();
            listening.model = model;
        }
        // VoiceCommands ties the stream's start to the clock when it starts, so it must start only once the model is
        // loaded and reading begins at once; otherwise the echo guard is off by the loading time.
        try {
            model.await();
        } catch (IOException e) {
            source.close();
            synchronized (this) {
                if (listening.stopped) {
                    listening.started.cancel(false);
                    return;
                }
            }
            LOG.log(Level.WARNING, "Voice model unavailable", e);
            notice.unavailable(modelUnavailable(e));
            listening.started.completeExceptionally(e);
            return;
        }
        synchronized (this) {
            if (listening.stopped) {
                source.close();
                listening.started.cancel(false);
                return;
            }
            listening.commands = VoiceCommands.start(source, guard, route::send, notice, model, clock);
        }
        listening.started.complete(listening.commands);
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
        CompletableFuture<Void> inputChecked;
        synchronized (this) {
            inputChecked = current.inputChecked;
        }
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
        return current.modelLoader != null && !closed && !current.waitingForDevice
                && !current.started.isCompletedExceptionally();
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
        synchronized (this) {
            this.banner = banner;
            this.withdraw = withdraw;
        }
        showNotices();
    }

    private void showNotices() {
        Listening now;
        Consumer<String> show;
        Consumer<String> hide;
        synchronized (this) {
            now = current;
            show = banner;
            hide = withdraw;
        }
        if (show != null) {
            now.notice.showOn(show, hide);
        }
    }

    /**
     * The service of what listens now, once the input is open; fails when the input cannot be opened, never completes
     * when voice commands are off.
     */
    synchronized CompletableFuture<VoiceCommands> started() {
        return current.started;
    }

    /** Stops listening and lets the model go; returns at once. A second call does nothing. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            stop(current);
        }
    }
}

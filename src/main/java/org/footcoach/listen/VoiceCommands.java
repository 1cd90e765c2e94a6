package org.footcoach.listen;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.footcoach.listen.echo.EchoGuard;
import org.footcoach.listen.recognise.CommandGrammar;
import org.footcoach.listen.recognise.CommandRecognizer;
import org.footcoach.listen.recognise.HeardCommand;
import org.footcoach.listen.recognise.RecognitionThresholds;
import org.footcoach.listen.recognise.RefusedCommand;
import org.footcoach.listen.recognise.VoiceModel;
import org.footcoach.session.Clock;
import org.footcoach.session.Command;

/**
 * Voice input as a service: source, recogniser, echo guard, callbacks, on a thread of its own. Callbacks run on that
 * thread; post them to the engine (and the EDT) yourself.
 */
public final class VoiceCommands implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(VoiceCommands.class.getName());
    private static final int CHUNK_BYTES = 640; // 20 ms: partial results are checked this often
    private static final int BYTES_PER_MILLI = 32;

    /** What the service tells its owner. */
    public interface Listener {
        /** A command was accepted (before the command callback runs): play "heard you", show {@code caption}. */
        void heard(HeardCommand heard, String caption);

        /** A command word was heard and not taken, with the reason: for the event log. */
        void ignored(RefusedCommand refused);

        /**
         * One line for the screen and the event log: listening, microphone missing, model missing, input ended, the
         * microphone hearing nothing or only noise, and hearing again.
         */
        void status(String line);
    }

    private final Thread thread;
    private final AudioSource source;
    private volatile boolean running = true;

    private VoiceCommands(AudioSource source, Runnable loop) {
        this.source = source;
        this.thread = new Thread(loop, "voice-commands");
        this.thread.setDaemon(true);
    }

    /**
     * Starts listening to {@code source}. Words heard are checked against {@code guard} on {@code clock}'s timeline,
     * where the stream is placed by the time each chunk arrives ({@link StreamTimeline}): {@code clock} must run on
     * with the source's audio. The source is closed when the service stops.
     */
    public static VoiceCommands start(AudioSource source, EchoGuard guard, Consumer<Command> onCommand,
                                      Listener listener, VoiceModel model, Clock clock) {
        Objects.requireNonNull(onCommand);
        VoiceCommands[] self = new VoiceCommands[1];
        self[0] = new VoiceCommands(source, () -> self[0].run(guard, onCommand, listener, model, clock));
        self[0].thread.start();
        return self[0];
    }

    private void run(EchoGuard guard, Consumer<Command> onCommand, Listener listener, VoiceModel model, Clock clock) {
        VoiceMessages messages = new VoiceMessages();
        StreamTimeline timeline = new StreamTimeline(clock);
        CommandRecognizer.EchoCheck echo = new AppEchoCheck(guard, timeline::clockMillis, source);
        org.vosk.Model loaded;
        try {
            loaded = model.await();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Voice model unavailable", e); // why, for the log; the person gets plain words
            listener.status(messages.format("status.model-unavailable"));
            source.close();
            return;
        }
        try (CommandRecognizer recognizer = new CommandRecognizer(loaded, CommandGrammar.standard(),
                RecognitionThresholds.measured(), echo, listener::ignored)) {
            listener.status(messages.format("status.listening", source.name()));
            byte[] chunk = new byte[CHUNK_BYTES];
            String trouble = null;
            int n;
            long streamBytes = 0;
            while (running && (n = source.read(chunk)) > 0) {
                streamBytes += n;
                timeline.read(streamBytes / BYTES_PER_MILLI);
                deliver(recognizer.feed(chunk, n), onCommand, listener, messages);
                String now = source.hearsNothing() ? "status.hears-nothing"
                        : source.hearsOnlyNoise() ? "status.only-noise" : null;
                if (!Objects.equals(now, trouble)) {
                    trouble = now;
                    listener.status(messages.format(now != null ? now : "status.hears-again"));
                }
            }
            if (running) {
                deliver(recognizer.finish(), onCommand, listener, messages);
                listener.status(source.endsByItself() ? messages.format("status.file-ended")
                        : messages.format("status.input-stopped"));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Voice commands stopped", e);
            listener.status(messages.format("status.input-failed", source.name()));
        } finally {
            source.close();
        }
    }

    /**
     * A command whose handling fails is logged and lost, and listening goes on: otherwise one failure (a full disk
     * under the event log, say) would leave the person without voice commands until the app starts again.
     */
    private static void deliver(Optional<HeardCommand> heard, Consumer<Command> onCommand, Listener listener,
                                VoiceMessages messages) {
        heard.ifPresent(h -> {
            try {
                listener.heard(h, messages.heard(h));
                onCommand.accept(h.command());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The voice command " + h.command().logName() + " could not be carried out", e);
            }
        });
    }

    public boolean isRunning() {
        return thread.isAlive();
    }

    /** Waits until the input has ended or the service has stopped. */
    public void awaitEnd() throws InterruptedException {
        thread.join();
    }

    /** Stops listening; returns at once, the thread ends after its current chunk. */
    public void stop() {
        running = false;
    }

    @Override
    public void close() {
        stop();
    }
}

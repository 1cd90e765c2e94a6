package org.footcoach.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.footcoach.listen.VoiceCommands;
import org.footcoach.listen.VoiceMessages;
import org.footcoach.listen.recognise.HeardCommand;
import org.footcoach.listen.recognise.RefusedCommand;
import org.footcoach.store.EventLog;

/**
 * What voice input tells the person and the event log. Listening and the end of a recording are logged. A
 * microphone that is not there yet is logged ({@code voice-unavailable}) and shown on screen until one opens. A
 * microphone that hears nothing or only loud noise is logged ({@code voice-hears-nothing}, {@code voice-only-noise})
 * and shown on screen until it hears again ({@code voice-hears-again}). Anything else reported (a recording that
 * cannot be read, the model cannot load, the input failed) means voice commands are off: logged once as
 * {@code voice-unavailable} and shown on screen, whether the screen is there before or after. The "heard you" earcon and caption come from the session itself when it takes the command,
 * so {@link #heard} only logs.
 */
final class VoiceNotice implements VoiceCommands.Listener {
    private final EventLog log;
    private final VoiceMessages messages = new VoiceMessages();
    private String reason;
    private String warning;
    /** A line that holds while this listening lasts (another microphone than the one chosen). */
    private String aside;
    private Consumer<String> banner;
    private Consumer<String> withdraw = line -> { };
    private volatile String inputName;

    VoiceNotice(EventLog log) {
        this.log = log;
    }

    /** The input is open and the service starts on it; a line saying it was waited for goes. */
    void listeningTo(String name) {
        inputName = name;
        warn(null);
    }

    /**
     * Voice commands listen, but not as chosen (the microphone chosen in Settings is not there): one line in the log
     * ({@code voice-other-microphone}), and on screen while this listening lasts.
     */
    void aside(String line) {
        log.record("voice-other-microphone", EventLog.fields("reason", line));
        Consumer<String> show;
        synchronized (this) {
            aside = line;
            show = banner;
        }
        if (show != null) {
            show.accept(line);
        }
    }

    /** Voice commands wait for a microphone: one line in the log, and on screen until {@link #listeningTo}. */
    void waitingForInput(String line) {
        log.record("voice-unavailable", EventLog.fields("reason", line));
        warn(line);
    }

    @Override
    public void heard(HeardCommand heard, String caption) {
        log.record("voice-heard", EventLog.fields("name", heard.command().logName(), "phrase", heard.phrase(),
                "partial", heard.fromPartial(), "said_from_stream_ms", heard.saidFromMillis(),
                "stream_ms", heard.streamMillis(),
                "confidence", Double.isNaN(heard.confidence()) ? null : heard.confidence()));
    }

    @Override
    public void ignored(RefusedCommand refused) {
        log.record("voice-ignored", EventLog.fields("name", refused.command().logName(), "phrase", refused.phrase(),
                "reason", refused.reason().logName(), "confidence", refused.confidence(),
                "said_from_stream_ms", refused.saidFromMillis(), "said_to_stream_ms", refused.saidToMillis()));
    }

    @Override
    public void status(String line) {
        if (line.equals(messages.format("status.listening", inputName))) {
            log.record("voice-listening", EventLog.fields("input", inputName, "message", line));
        } else if (line.equals(messages.format("status.file-ended"))) {
            log.record("voice-input-ended", EventLog.fields("input", inputName, "message", line));
        } else if (line.equals(messages.format("status.hears-nothing"))) {
            log.record("voice-hears-nothing", EventLog.fields("input", inputName, "message", line));
            warn(line);
        } else if (line.equals(messages.format("status.only-noise"))) {
            log.record("voice-only-noise", EventLog.fields("input", inputName, "message", line));
            warn(line);
        } else if (line.equals(messages.format("status.hears-again"))) {
            log.record("voice-hears-again", EventLog.fields("input", inputName, "message", line));
            warn(null);
        } else {
            unavailable(line);
        }
    }

    /** Voice commands are off for good: one line in the log and on screen. Any thread; only the first counts. */
    void unavailable(String line) {
        warn(null);
        Consumer<String> show;
        synchronized (this) {
            if (reason != null) {
                return;
            }
            reason = line;
            show = banner;
        }
        log.record("voice-unavailable", EventLog.fields("reason", line));
        if (show != null) {
            show.accept(line);
        }
    }

    /** Shows a warning that may pass ({@code null}: the one before has passed). */
    private void warn(String line) {
        Consumer<String> show;
        Consumer<String> hide;
        String before;
        synchronized (this) {
            before = warning;
            warning = line;
            show = banner;
            hide = withdraw;
        }
        if (show == null) {
            return;
        }
        if (before != null) {
            hide.accept(before);
        }
        if (line != null) {
            show.accept(line);
        }
    }

    /**
     * Takes this notice's lines off the screen and shows nothing more (what it tells of has been stopped); it still
     * writes to the log.
     */
    void detach() {
        List<String> shown = new ArrayList<>();
        Consumer<String> hide;
        synchronized (this) {
            if (banner != null) {
                Stream.of(reason, warning, aside).filter(Objects::nonNull).forEach(shown::add);
            }
            hide = withdraw;
            banner = null;
            withdraw = gone -> { };
        }
        shown.forEach(hide);
    }

    /**
     * Shows the line with {@code banner} now if voice commands are already off, else when they go off; and a warning
     * that may pass (the microphone hears nothing), taken off again with {@code withdraw}.
     */
    void showOn(Consumer<String> banner, Consumer<String> withdraw) {
        List<String> shown = new ArrayList<>();
        synchronized (this) {
            this.banner = banner;
            this.withdraw = withdraw;
            Stream.of(reason, warning, aside).filter(Objects::nonNull).forEach(shown::add);
        }
        shown.forEach(banner);
    }
}

package org.footcoach.speech;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** One try at opening the sound device for {@link LineAudioOutput}, which never waits longer than it is told. */
final class DeviceProbe {
    private DeviceProbe() {
    }

    /**
     * A started line, or none with the message key for the person and a detail for the log; {@code unanswered} is
     * the opening still waited for when the device did not answer in time.
     */
    record Opened(SourceDataLine line, String messageKey, String detail,
                  CompletableFuture<SourceDataLine> unanswered) {
        static Opened none(String messageKey, String detail) {
            return new Opened(null, messageKey, detail, null);
        }
    }

    /**
     * A started line in a format this output can write, or why not. Opening happens on a throwaway thread: a device
     * that does not answer must not hang the caller.
     */
    static Opened probe(LineAudioOutput.LineOpener opener, long timeoutMillis) {
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
            SourceDataLine line = probe.get(timeoutMillis, TimeUnit.MILLISECONDS);
            if (PlaybackFormat.playable(line.getFormat())) {
                return new Opened(line, null, null, null);
            }
            line.close();
            return Opened.none(SpeechMessages.NO_DEVICE, "the line opened in " + line.getFormat());
        } catch (TimeoutException e) {
            probe.thenAccept(SourceDataLine::close);
            return new Opened(null, SpeechMessages.NO_ANSWER, "no answer within " + timeoutMillis + " ms", probe);
        } catch (ExecutionException e) {
            return Opened.none(SpeechMessages.NO_DEVICE, e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Opened.none(SpeechMessages.NO_ANSWER, "interrupted while opening");
        }
    }
}

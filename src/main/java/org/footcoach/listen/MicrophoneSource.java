package org.footcoach.listen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/** The microphone through Java Sound: the first one that opens at 16 kHz mono, or one picked by name. */
public final class MicrophoneSource implements AudioSource {

    private static final DataLine.Info LINE = new DataLine.Info(TargetDataLine.class, FORMAT);
    private final TargetDataLine line;
    private final String name;
    private final DigitalSilence silence = new DigitalSilence();

    private MicrophoneSource(TargetDataLine line, String name) {
        this.line = line;
        this.name = name;
    }

    /** Names of inputs that can deliver 16 kHz mono. */
    public static List<String> available() {
        List<String> names = new ArrayList<>();
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            if (AudioSystem.getMixer(info).isLineSupported(LINE)) {
                names.add(info.getName());
            }
        }
        return names;
    }

    /**
     * Opens the microphone named {@code wanted} (a part of its name is enough), or the first that works when empty.
     *
     * @throws AudioUnavailableException with a one-line status when there is none or it cannot be opened
     */
    public static MicrophoneSource open(Optional<String> wanted, VoiceMessages messages)
            throws AudioUnavailableException {
        LineUnavailableException refused = null;
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            Mixer mixer = AudioSystem.getMixer(info);
            boolean named = wanted.map(w -> info.getName().contains(w)).orElse(true);
            if (!named || !mixer.isLineSupported(LINE)) {
                continue;
            }
            try {
                TargetDataLine line = (TargetDataLine) mixer.getLine(LINE);
                line.open(FORMAT, 3200);
                line.start();
                return new MicrophoneSource(line, info.getName());
            } catch (LineUnavailableException | SecurityException | IllegalArgumentException e) {
                refused = refused != null ? refused : new LineUnavailableException(e.getMessage());
            }
        }
        if (refused != null) {
            throw new AudioUnavailableException(
                    messages.format("status.microphone-refused", refused.getMessage()), refused);
        }
        throw new AudioUnavailableException(notFound(wanted, available(), messages), null);
    }

    /** Why {@code wanted} opened nothing: no microphone at all, or none of {@code available} has that name. */
    static String notFound(Optional<String> wanted, List<String> available, VoiceMessages messages) {
        if (wanted.isEmpty() || available.isEmpty()) {
            return messages.format("status.no-microphone");
        }
        return messages.format("status.no-such-microphone", wanted.get(), String.join(", ", available));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int read(byte[] buffer) {
        int n = line.isOpen() ? line.read(buffer, 0, buffer.length - buffer.length % 2) : -1;
        silence.count(buffer, n);
        return n;
    }

    @Override
    public boolean hearsNothing() {
        return silence.lasting();
    }

    @Override
    public void close() {
        line.stop();
        line.close();
    }
}

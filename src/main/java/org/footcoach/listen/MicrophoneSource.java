package org.footcoach.listen;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/**
 * The microphone through Java Sound: the first one that opens, or one picked by name. It is opened at 16 kHz mono
 * where it gives that, otherwise in a format of its own that is turned into 16 kHz mono as it is read.
 */
public final class MicrophoneSource implements AudioSource {

    /** 100 ms of sound in the line's own buffer: enough to ride out a busy moment, little delay. */
    private static final int BUFFER_MILLIS = 100;

    private final TargetDataLine line;
    private final AudioInputStream pcm;
    private final String name;
    private final DigitalSilence silence = new DigitalSilence();
    private final FullScaleNoise noise = new FullScaleNoise();

    private MicrophoneSource(TargetDataLine line, AudioInputStream pcm, String name) {
        this.line = line;
        this.pcm = pcm;
        this.name = name;
    }

    /** Reads {@code line}, already open and started, as 16 kHz mono whatever format it was opened in. */
    static MicrophoneSource reading(TargetDataLine line, String name) {
        AudioInputStream own = new AudioInputStream(new LineBytes(line), line.getFormat(), AudioSystem.NOT_SPECIFIED);
        return new MicrophoneSource(line, SixteenKilohertzMono.of(own), name);
    }

    /** Names of inputs that can deliver sound this app can turn into 16 kHz mono. */
    public static List<String> available() {
        List<String> names = new ArrayList<>();
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            if (!formatsToTry(AudioSystem.getMixer(info)).isEmpty()) {
                names.add(info.getName());
            }
        }
        return names;
    }

    /** 16 kHz mono where the mixer has a microphone line for it, else the line's own formats that convert. */
    private static List<AudioFormat> formatsToTry(Mixer mixer) {
        if (mixer.isLineSupported(new DataLine.Info(TargetDataLine.class, FORMAT))) {
            return List.of(FORMAT);
        }
        List<AudioFormat> offered = new ArrayList<>();
        for (Line.Info info : mixer.getTargetLineInfo()) {
            if (info instanceof DataLine.Info data && TargetDataLine.class.isAssignableFrom(data.getLineClass())) {
                offered.addAll(Arrays.asList(data.getFormats()));
            }
        }
        return CaptureFormat.candidates(offered).stream()
                .filter(f -> mixer.isLineSupported(new DataLine.Info(TargetDataLine.class, f))).toList();
    }

    /**
     * Opens the microphone named {@code wanted} (a part of its name is enough), or the first that works when empty.
     *
     * @throws AudioUnavailableException with a one-line status when there is none or it cannot be opened
     */
    public static MicrophoneSource open(Optional<String> wanted, VoiceMessages messages)
            throws AudioUnavailableException {
        AudioUnavailableException refused = null;
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            Mixer mixer = AudioSystem.getMixer(info);
            boolean named = wanted.map(w -> info.getName().contains(w)).orElse(true);
            if (!named) {
                continue;
            }
            for (AudioFormat format : formatsToTry(mixer)) {
                TargetDataLine line = null;
                try {
                    line = (TargetDataLine) mixer.getLine(new DataLine.Info(TargetDataLine.class, format));
                    line.open(format, format.getFrameSize() * Math.round(format.getFrameRate() * BUFFER_MILLIS / 1000));
                    line.start();
                    return reading(line, info.getName());
                } catch (LineUnavailableException | SecurityException | IllegalArgumentException e) {
                    if (line != null) {
                        line.close();
                    }
                    refused = refused != null ? refused : refused(e, messages);
                }
            }
        }
        if (refused != null) {
            throw refused;
        }
        throw new AudioUnavailableException(notFound(wanted, available(), messages), null);
    }

    /**
     * A microphone that is there but would not open: most often another program has it. Java Sound's own words
     * ("line with format PCM_SIGNED 16000.0 Hz ... not supported") mean nothing to the person, so they stay in the
     * log, as the cause.
     */
    static AudioUnavailableException refused(Exception why, VoiceMessages messages) {
        return new AudioUnavailableException(messages.format("status.microphone-refused"), why);
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
    public int read(byte[] buffer) throws IOException {
        int n = pcm.read(buffer, 0, buffer.length - buffer.length % 2);
        silence.count(buffer, n);
        noise.count(buffer, n);
        return n;
    }

    @Override
    public boolean hearsNothing() {
        return silence.lasting();
    }

    @Override
    public boolean hearsOnlyNoise() {
        return noise.lasting();
    }

    @Override
    public void close() {
        line.stop();
        line.close();
    }
}

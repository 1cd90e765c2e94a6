package org.footcoach.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;

/**
 * Opens the system's sound device for {@link LineAudioOutput}: in its own 16 kHz mono where it plays that, else in the
 * first of the device's own formats that {@link DeviceBlocks} converts to. A buffer of four 20 ms blocks.
 */
final class DefaultDevice {
    private static final int LINE_BUFFER_BLOCKS = 4;
    private static final System.Logger LOG = System.getLogger(DefaultDevice.class.getName());

    private DefaultDevice() {
    }

    /** Opens and starts a line in one format; a seam so tests can play a device that refuses some formats. */
    @FunctionalInterface
    interface FormatOpener {
        SourceDataLine open(AudioFormat format) throws LineUnavailableException;
    }

    /** The default device, started, in {@link LineAudioOutput#FORMAT} or the first of its formats that converts. */
    static SourceDataLine open() throws LineUnavailableException {
        return openFirstPlayable(DefaultDevice::openIn, DefaultDevice::offeredFormats);
    }

    /** A line in {@link LineAudioOutput#FORMAT}, or else in the first of the {@code offered} formats that converts. */
    static SourceDataLine openFirstPlayable(FormatOpener opener, Supplier<List<AudioFormat>> offered)
            throws LineUnavailableException {
        try {
            return opener.open(LineAudioOutput.FORMAT);
        } catch (IllegalArgumentException | LineUnavailableException notAt16k) {
            for (AudioFormat format : PlaybackFormat.candidates(offered.get())) {
                try {
                    SourceDataLine line = opener.open(format);
                    LOG.log(System.Logger.Level.INFO, "The sound device does not play " + LineAudioOutput.FORMAT
                            + ", so sound is converted to " + format + ".");
                    return line;
                } catch (IllegalArgumentException | LineUnavailableException e) {
                    notAt16k.addSuppressed(e);
                }
            }
            if (notAt16k instanceof LineUnavailableException unavailable) {
                throw unavailable;
            }
            LineUnavailableException none = new LineUnavailableException(notAt16k.getMessage());
            none.initCause(notAt16k);
            throw none;
        }
    }

    private static SourceDataLine openIn(AudioFormat format) throws LineUnavailableException {
        SourceDataLine line = AudioSystem.getSourceDataLine(format);
        int blockFrames = Math.round(format.getFrameRate() * LineAudioOutput.BLOCK_SAMPLES / Pcm.SAMPLE_RATE);
        line.open(format, format.getFrameSize() * blockFrames * LINE_BUFFER_BLOCKS);
        line.start();
        return line;
    }

    private static List<AudioFormat> offeredFormats() {
        List<AudioFormat> offered = new ArrayList<>();
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            for (Line.Info line : AudioSystem.getMixer(info).getSourceLineInfo(new Line.Info(SourceDataLine.class))) {
                if (line instanceof DataLine.Info data) {
                    offered.addAll(Arrays.asList(data.getFormats()));
                }
            }
        }
        return offered;
    }
}

package org.footcoach.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.footcoach.files.AtomicFile;

/**
 * A person's own recordings of the fixed phrases, in the folder {@link RecordedClips} reads first: a take from the
 * microphone shaped like a voice (the room's noise and the silence at the ends trimmed, levelled to the voices'
 * loudness), saved whole as {@code <phrase-key>.wav} (16 kHz mono), played back from there, or deleted so the voice
 * says the phrase again.
 */
public final class OwnRecordings {
    private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9._-]+");

    private final Path folder;

    public OwnRecordings(Path folder) {
        this.folder = folder;
    }

    /**
     * A take of 16 kHz mono samples (full scale 1.0) as it would play: the room's noise before and after the words
     * cut, then trimmed and levelled like a voice; empty if silent.
     */
    public static Pcm shape(float[] samples) {
        return ClipShaper.shape(RoomNoiseTrim.trim(samples), Pcm.SAMPLE_RATE);
    }

    /** Whether there is a recording of this phrase in the folder. */
    public boolean has(String phraseKey) {
        return Files.isRegularFile(file(phraseKey));
    }

    /** The recording of this phrase, exactly as saved. */
    public Pcm read(String phraseKey) {
        return WavReader.read(file(phraseKey));
    }

    /** Saves {@code take} for this phrase, replacing any before; whole or not at all. */
    public void save(String phraseKey, Pcm take) {
        Path file = file(phraseKey);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new SpeechException(SpeechMessages.format("file.cannot-write", file, AtomicFile.reason(e)), e);
        }
        WavWriter.write(take, file);
    }

    /** Deletes the recording of this phrase, if there is one. */
    public void delete(String phraseKey) {
        Path file = file(phraseKey);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new SpeechException(SpeechMessages.format("recording.cannot-delete", file, AtomicFile.reason(e)),
                    e);
        }
    }

    private Path file(String phraseKey) {
        if (!SAFE_KEY.matcher(phraseKey).matches()) {
            throw new IllegalArgumentException("not a phrase key: " + phraseKey);
        }
        return folder.resolve(phraseKey + ".wav");
    }
}

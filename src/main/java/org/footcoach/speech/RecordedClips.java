package org.footcoach.speech;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recorded voice clips that replace the synthetic voice for a fixed phrase: {@code <phrase-key>.wav} in a folder on
 * disk (for example a clinic's own recordings), else {@code /audio/voice/<phrase-key>.wav} on the class path.
 * The keys are those of the session phrases bundle ({@code org/footcoach/session/phrases.properties}).
 * Clips may be any PCM WAV; they are resampled to 16 kHz mono, trimmed and levelled like a voice.
 */
public final class RecordedClips {
    private static final String CLASS_PATH_FOLDER = "/audio/voice/";
    private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9._-]+");

    private final Path folder;
    private final boolean searchClassPath;

    /** @param folder a folder to look in first, or null for the class path only */
    public RecordedClips(Path folder) {
        this(folder, true);
    }

    private RecordedClips(Path folder, boolean searchClassPath) {
        this.folder = folder;
        this.searchClassPath = searchClassPath;
    }

    /** No recorded clips at all: every phrase is synthetic. */
    public static RecordedClips none() {
        return new RecordedClips(null, false);
    }

    /** The recorded clip for this phrase key, if there is one. */
    public Optional<Pcm> find(String phraseKey) {
        if (phraseKey == null || !SAFE_KEY.matcher(phraseKey).matches()) {
            return Optional.empty();
        }
        String fileName = phraseKey + ".wav";
        if (folder != null) {
            Path file = folder.resolve(fileName);
            if (Files.isRegularFile(file)) {
                return Optional.of(ClipShaper.shape(WavReader.samples(file), Pcm.SAMPLE_RATE));
            }
        }
        if (!searchClassPath) {
            return Optional.empty();
        }
        String resource = CLASS_PATH_FOLDER + fileName;
        try (InputStream in = RecordedClips.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(ClipShaper.shape(WavReader.samples(in, resource), Pcm.SAMPLE_RATE));
        } catch (IOException e) {
            throw new SpeechException("Cannot read the recorded clip " + resource + ": " + e.getMessage(), e);
        }
    }
}

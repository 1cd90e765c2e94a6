package org.footcoach.app;

import java.nio.file.Path;
import org.footcoach.store.DataDirectory;

/**
 * Where a clinic's own recorded phrases live: {@code voice/} in the data folder, {@code <phrase-key>.wav} each
 * (the keys are in docs/session-engine.md). They replace the synthetic voice for those phrases.
 */
final class RecordedVoice {
    static final String FOLDER = "voice";

    private RecordedVoice() {
    }

    static Path folder(Path dataDirOption) {
        return DataDirectory.locate(dataDirOption, System.getenv(), Path.of(System.getProperty("user.home")))
                .resolve(FOLDER);
    }
}

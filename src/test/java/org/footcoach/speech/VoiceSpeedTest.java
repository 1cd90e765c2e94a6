package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each voice speaks at the speed asked of it: measured on what it renders. */
class VoiceSpeedTest {
    private static final String SENTENCE = "Point your toes toward the wall, then lift both heels.";

    @Test
    void freeTtsAtSevenTenthsTakesLongerThanAtItsOwnPace() {
        VoiceCatalog catalog = VoiceCatalog.detect();
        long own = catalog.voice(FreeTtsVoice.NAME, 1.0).render(SENTENCE).millis();
        long slow = catalog.voice(FreeTtsVoice.NAME, 0.7).render(SENTENCE).millis();
        long fast = catalog.voice(FreeTtsVoice.NAME, 1.3).render(SENTENCE).millis();

        assertThat(slow).isGreaterThan(own * 12 / 10);
        assertThat(fast).isLessThan(own * 9 / 10);
        assertThat(catalog.voice(FreeTtsVoice.NAME, 1.0).render(SENTENCE).millis()).isEqualTo(own);
    }

    @Test
    void fliteAtSevenTenthsTakesLongerThanAtItsOwnPace() {
        VoiceCatalog catalog = VoiceCatalog.detect();
        assumeTrue(catalog.names().contains(FliteVoice.NAME), "flite is not installed");
        long own = catalog.voice(FliteVoice.NAME, 1.0).render(SENTENCE).millis();
        long slow = catalog.voice(FliteVoice.NAME, 0.7).render(SENTENCE).millis();

        assertThat(slow).isGreaterThan(own * 12 / 10);
        assertThat(catalog.voice(FliteVoice.NAME, 0.7).speed()).isEqualTo(0.7);
    }

    /** pico2wave is non-free and not installed here: a stand-in program with its arguments speaks through flite. */
    @Test
    void picoIsStretchedBySoxKeepingItsPitch(@TempDir Path folder) throws IOException {
        Optional<Path> flite = FliteVoice.program();
        Optional<Path> sox = SoxTempo.find();
        assumeTrue(flite.isPresent() && sox.isPresent(), "flite and sox are needed for the stand-in Pico");
        Path pico = folder.resolve("pico2wave");
        // pico2wave -l en-GB -w FILE TEXT
        Files.writeString(pico, "#!/bin/sh\nexec " + flite.get() + " -voice rms -o \"$4\" -t \"$5\"\n");
        Files.setPosixFilePermissions(pico, PosixFilePermissions.fromString("rwx------"));

        Pcm own = PicoVoice.atSpeed(pico, 1.0, sox).render(SENTENCE);
        Voice slowVoice = PicoVoice.atSpeed(pico, 0.7, sox);
        Pcm slow = slowVoice.render(SENTENCE);

        assertThat(slowVoice.speed()).isEqualTo(0.7);
        assertThat(slow.millis()).isBetween(own.millis() * 12 / 10, own.millis() * 17 / 10);
        assertThat(PicoVoice.atSpeed(pico, 0.7, Optional.empty()).speed()).isEqualTo(1.0);
    }
}

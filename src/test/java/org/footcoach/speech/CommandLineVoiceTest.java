package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineVoiceTest {

    @Test
    void fliteRendersLevelledSpeechWhenInstalled() {
        Optional<Voice> flite = FliteVoice.detect();
        assumeTrue(flite.isPresent(), "flite is not installed");
        assertSaysASentence(flite.get());
    }

    @Test
    void picoRendersLevelledSpeechWhenInstalled() {
        Optional<Voice> pico = PicoVoice.detect();
        assumeTrue(pico.isPresent(), "pico2wave is not installed");
        assertSaysASentence(pico.get());
    }

    @Test
    void catalogPrefersTheClearestInstalledVoiceAndAlwaysHasFreeTts() {
        VoiceCatalog catalog = VoiceCatalog.detect();
        assertThat(catalog.names()).last().isEqualTo(FreeTtsVoice.NAME);
        String expected = PicoVoice.detect().isPresent() ? PicoVoice.NAME
                : FliteVoice.detect().isPresent() ? FliteVoice.NAME : FreeTtsVoice.NAME;
        assertThat(catalog.defaultName()).isEqualTo(expected);
        assertThat(catalog.voice("FreeTTS").name()).isEqualTo(FreeTtsVoice.NAME);
    }

    @Test
    void unknownVoiceNameGivesOneClearSentence() {
        VoiceCatalog catalog = VoiceCatalog.detect();
        assertThat(catalog.find("robot")).isEmpty();
        assertThat(catchThrowable(() -> catalog.voice("robot")))
                .isInstanceOf(SpeechException.class).hasMessageContaining("robot").hasMessageContaining("freetts");
    }

    @Test
    void aVoiceProgramThatNeverEndsIsKilledAtTheTimeoutAndTheRenderFails(@TempDir Path folder) throws Exception {
        Path pid = folder.resolve("pid");
        Path program = script(folder, "echo $$ > " + pid + "\necho starting up\nexec sleep 600\n");
        Voice hung = new CommandLineVoice("hung", (wav, text) -> List.of(program.toString()), Duration.ofMillis(300));

        Throwable failure = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> catchThrowable(() -> hung.render("Lift your heels.")));

        assertThat(failure).isInstanceOf(SpeechException.class).hasMessageContaining("hung")
                .hasMessageContaining("300 ms").hasMessageContaining("Lift your heels.");
        long killed = Long.parseLong(Files.readString(pid).strip());
        Optional<ProcessHandle> left = ProcessHandle.of(killed);
        if (left.isPresent()) {
            left.get().onExit().get(2, TimeUnit.SECONDS);
        }
    }

    @Test
    void aVoiceProgramThatFailsIsReportedWithWhatItSaid(@TempDir Path folder) throws Exception {
        Path program = script(folder, "echo no such voice: rms >&2\nexit 3\n");
        Voice broken = new CommandLineVoice("broken", (wav, text) -> List.of(program.toString()), Duration.ofSeconds(5));

        assertThat(catchThrowable(() -> broken.render("Rest.")))
                .isInstanceOf(SpeechException.class).hasMessageContaining("exit 3")
                .hasMessageContaining("no such voice: rms");
    }

    private static Path script(Path folder, String body) throws IOException {
        Path program = folder.resolve("voice.sh");
        Files.writeString(program, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
        return program;
    }

    private static void assertSaysASentence(Voice voice) {
        Pcm pcm = voice.render("Lift your left heel off the floor.");
        assertThat(pcm.millis()).isBetween(1200L, 4500L);
        assertThat(Loudness.voicedRmsDbfs(pcm)).isBetween(-21.0, -17.0);
        assertThat(voice.render("seven").millis()).isBetween(150L, 1200L);
    }
}

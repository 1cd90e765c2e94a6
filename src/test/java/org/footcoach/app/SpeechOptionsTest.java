package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.footcoach.speech.VoiceCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --voice} and {@code --audio-out}: bad values are one line and exit 2, before any window opens. */
class SpeechOptionsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path temp;

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void anUnknownVoiceListsTheInstalledVoicesInOneLine() {
        int code = run("--voice", "hal9000", "--event-log", temp.resolve("events.jsonl").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().isEqualTo(
                "There is no voice called 'hal9000' on this computer. Voices here: "
                        + String.join(", ", VoiceCatalog.detect().names()) + ".");
        assertThat(err.toString()).contains("freetts");
        assertThat(out.toString()).isEmpty();
        assertThat(temp.resolve("events.jsonl")).as("nothing started").doesNotExist();
    }

    @Test
    void anUnknownVoiceStopsAnExportToo() {
        int code = run("--voice", "hal9000", "--routine", "quick", "--export-audio", temp.resolve("q.wav").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().asString().contains("'hal9000'");
        assertThat(temp.resolve("q.wav")).doesNotExist();
    }

    @Test
    void voiceNamesAreReadWithoutRegardToCase() {
        assertThat(VoiceChoice.resolve(VoiceCatalog.detect(), "FreeTTS")).contains("freetts");
    }

    @Test
    void withoutAVoiceNameTheClearestInstalledVoiceIsUsed() {
        VoiceCatalog voices = VoiceCatalog.detect();

        assertThat(VoiceChoice.resolve(voices, null)).contains(voices.names().get(0));
    }

    @Test
    void aSoundOutputOtherThanDefaultOrNoneIsOneLineAndExitTwo() {
        int code = run("--audio-out", "hdmi");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .contains("'hdmi'", "default or none").endsWith("Try --help.");
    }

    @Test
    void soundOutputIsReadWithoutRegardToCase() {
        assertThat(new AudioOutMode.Converter().convert("NONE")).isEqualTo(AudioOutMode.NONE);
        assertThat(new AudioOutMode.Converter().convert("default")).isEqualTo(AudioOutMode.DEFAULT);
    }

    @Test
    void helpListsTheSpeechOptions() {
        int code = run("--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("--audio-out=default|none", "--voice=NAME", "--export-audio=FILE.wav",
                "--export-captions=FILE.vtt", "follow-along");
    }
}

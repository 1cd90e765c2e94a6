package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.Exercise;
import org.footcoach.speech.Caption;
import org.footcoach.speech.VttReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --routine ID --export-audio WAV --export-captions VTT}, as a person runs it. */
class TrackExportTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path temp;

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void fullRoutineIsOneMonoWavAndCaptionsNamingAllElevenExercisesWithoutOverlap()
            throws IOException, UnsupportedAudioFileException {
        Path wav = Files.createDirectories(temp.resolve("tracks")).resolve("full.wav");
        Path vtt = temp.resolve("tracks").resolve("full.vtt");

        int code = run("--routine", "full", "--voice", "freetts", "--export-audio", wav.toString(),
                "--export-captions", vtt.toString(), "--data-dir", temp.resolve("data").toString());

        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString().lines().toList()).singleElement().asString()
                .isEqualTo("Wrote \"Full routine\" to " + wav + " (" + minutesAndSeconds(wav)
                        + ", 16 kHz mono) and " + vtt + " (" + VttReader.read(vtt).size() + " captions), voice freetts.");
        AudioFileFormat file = AudioSystem.getAudioFileFormat(wav.toFile());
        assertThat(file.getType()).isEqualTo(AudioFileFormat.Type.WAVE);
        AudioFormat format = file.getFormat();
        assertThat(format.getSampleRate()).isEqualTo(16_000f);
        assertThat(format.getChannels()).isEqualTo(1);
        assertThat(format.getSampleSizeInBits()).isEqualTo(16);

        List<Caption> captions = VttReader.read(vtt);
        Content content = ContentLoader.loadBundled().content();
        List<String> names = content.exercises().stream().map(Exercise::name).toList();
        assertThat(names).hasSize(11);
        assertThat(captions).extracting(Caption::text).containsAll(names);
        for (int i = 1; i < captions.size(); i++) {
            assertThat(captions.get(i).startMillis()).as("caption %d starts after the one before ends", i)
                    .isGreaterThanOrEqualTo(captions.get(i - 1).endMillis());
        }
        double seconds = file.getFrameLength() / format.getFrameRate();
        assertThat(seconds * 1000).isGreaterThan(captions.get(captions.size() - 1).endMillis());
        assertThat(out.toString()).contains(captions.size() + " captions");
    }

    /** The exported captions name the equipment in the intro, before the first exercise that needs it. */
    @Test
    void theExportNamesTheEquipmentBeforeTheFirstExerciseThatNeedsIt() {
        Path vtt = temp.resolve("quick-equipment.vtt");

        int code = run("--routine", "quick", "--voice", "freetts", "--export-captions", vtt.toString());

        assertThat(code).isZero();
        List<String> captions = VttReader.read(vtt).stream().map(Caption::text).toList();
        int listed = captions.indexOf("For this routine you will need a strap or long towel.");
        assertThat(listed).isPositive().isLessThan(captions.indexOf("Ankle rolls"))
                .isGreaterThan(captions.indexOf("Chest pain? Stop and get help."));
        assertThat(captions.indexOf("For this one, get a strap or long towel."))
                .isGreaterThan(captions.indexOf("Ankle rolls"))
                .isLessThan(captions.indexOf("Put the strap around the ball of your foot."));
    }

    @Test
    void captionsAloneAreWrittenWithoutASoundFile() {
        Path vtt = temp.resolve("quick.vtt");

        int code = run("--routine", "quick", "--voice", "freetts", "--export-captions", vtt.toString());

        assertThat(code).isZero();
        assertThat(VttReader.read(vtt)).extracting(Caption::text).contains("Marching");
        assertThat(temp.resolve("quick.wav")).doesNotExist();
    }

    @Test
    void exportWithoutARoutineIsABadArgumentInOneLine() {
        int code = run("--export-audio", temp.resolve("x.wav").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().asString().contains("--routine");
        assertThat(temp.resolve("x.wav")).doesNotExist();
    }

    @Test
    void anUnknownRoutineListsTheRoutines() {
        int code = run("--routine", "marathon", "--export-audio", temp.resolve("x.wav").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .contains("'marathon'").contains("full, sitting, standing, quick");
    }

    @Test
    void aFileInTheWayOfTheFolderIsOneLineAndExitOne() throws IOException {
        Path blocker = Files.writeString(temp.resolve("blocker"), "x");
        Path wav = blocker.resolve("out.wav");

        int code = run("--routine", "quick", "--voice", "freetts", "--export-audio", wav.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines().toList()).singleElement()
                .isEqualTo(CliText.get("error.exportFile", wav, CliText.get("file.noFolder")));
    }

    @Test
    void aFolderWhereTheWavShouldGoIsOneLineAndExitOne() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("out.wav"));

        int code = run("--routine", "quick", "--voice", "freetts", "--export-audio", folder.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines().toList()).singleElement()
                .isEqualTo("Cannot write " + folder + ": it is a folder.");
    }

    private static String minutesAndSeconds(Path wav) throws IOException, UnsupportedAudioFileException {
        AudioFileFormat file = AudioSystem.getAudioFileFormat(wav.toFile());
        long seconds = (long) (file.getFrameLength() / file.getFormat().getFrameRate());
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    /** A separate JVM without a display: the export must not need a screen or a sound device. */
    @Test
    void exportWorksWithNoScreenAtAll() throws IOException, InterruptedException {
        Path wav = temp.resolve("quick.wav");
        Path vtt = temp.resolve("quick.vtt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--routine", "quick", "--voice", "freetts", "--export-audio", wav.toString(),
                "--export-captions", vtt.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("export finished").isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.lines().toList()).singleElement().asString().startsWith("Wrote \"Quick\" to " + wav);
        assertThat(wav).isNotEmptyFile();
        assertThat(VttReader.read(vtt)).extracting(Caption::text).contains("Single-leg balance");
    }
}

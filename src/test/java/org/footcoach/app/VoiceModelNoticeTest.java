package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.footcoach.listen.WavFileSource;
import org.footcoach.listen.recognise.ModelCache;
import org.footcoach.listen.recognise.VoiceModel;
import org.footcoach.session.VirtualClock;
import org.footcoach.store.JsonLinesEventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Voice commands switching off with one line in plain words when the voice model cannot be had. */
class VoiceModelNoticeTest {
    private final List<String> banner = new CopyOnWriteArrayList<>();

    @TempDir
    Path temp;

    @Test
    void aModelThatCannotLoadTurnsVoiceCommandsOffWithOnePlainLineAndLogsWhy() throws Exception {
        Path silence = temp.resolve("silence.wav");
        VoiceCommandsRecording.writeSilence(silence, 500);
        ModelCache broken = new ModelCache(temp.resolve("cache"), () -> {
            throw new IOException("The archive is gone.");
        });
        VirtualClock clock = new VirtualClock();
        Path events = temp.resolve("events.jsonl");
        LoggedRecords logged = new LoggedRecords(VoiceInput.class);
        try (logged; JsonLinesEventLog log = JsonLinesEventLog.open(events, clock)) {
            VoiceInput voice = VoiceInput.start(missing -> WavFileSource.fast(silence),
                    () -> VoiceModel.loadInBackground(broken), log, clock);
            voice.onNotices(banner::add, passed -> { });
            assertThatThrownBy(() -> voice.started().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class);
            voice.close();
        }

        List<JsonObject> off = new EventLines(events).ofType("voice-unavailable");
        assertThat(off).singleElement().satisfies(e -> assertThat(e.get("reason").getAsString())
                .isEqualTo("The voice model cannot be loaded. Voice commands are off.")
                .doesNotContain("The archive is gone."));
        assertThat(banner).containsExactly(off.get(0).get("reason").getAsString());
        assertThat(logged.records()).as("why, for whoever reads the log")
                .anySatisfy(r -> assertThat(r.getThrown()).hasMessage("The archive is gone."));
    }

    @Test
    void aModelCacheFolderThatCannotBeWrittenSaysWhichAndWhyInOneLine() throws Exception {
        Path file = Files.writeString(temp.resolve("foot-coach"), "a file, not a folder");
        ModelCache cache = new ModelCache(file, ModelCache.bundled()::openArchive);

        IOException problem = catchThrowableOfType(cache::prepare, IOException.class);

        assertThat(VoiceInput.modelUnavailable(problem)).isEqualTo("The voice model cannot be unpacked into " + file
                + " (" + CliText.get("file.inTheWay") + "). Voice commands are off.");
        assertThat(file).hasContent("a file, not a folder");
    }
}

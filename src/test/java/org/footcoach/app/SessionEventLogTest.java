package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.SessionEngine;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.SessionSnapshot;
import org.footcoach.session.SessionState;
import org.footcoach.session.VirtualClock;
import org.footcoach.session.WordRateLength;
import org.footcoach.store.JsonLinesEventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A headless session on a virtual clock, written to a real event log file through {@link SessionEventLog}, its
 * commands through the {@link CommandRouter}.
 */
class SessionEventLogTest {
    @TempDir
    Path temp;

    private final VirtualClock clock = new VirtualClock();
    private SessionState state = SessionState.IDLE;

    @Test
    void aQuickSessionWritesItsStartExercisesCuesCommandsHoldsAndWhatWasDone() throws IOException {
        Content content = ContentLoader.loadBundled().content();
        Plan plan = new PlanBuilder().build(content, "quick");
        Path file = temp.resolve("events.jsonl");
        SessionEngine engine;
        try (JsonLinesEventLog log = JsonLinesEventLog.open(file, clock)) {
            engine = new SessionEngine(plan, clock, clock, WordRateLength.typical(), SessionSettings.headless());
            engine.addListener(new SessionEventLog(log));
            engine.addListener(new SessionListener() {
                @Override
                public void stateChanged(SessionSnapshot snapshot) {
                    state = snapshot.state();
                }
            });
            // Commands are logged where every command is: by the router, as the engine takes them.
            CommandRouter commands = new CommandRouter(log, () -> { });
            commands.show(new CommandRouter.Front(engine, engine::onEngineThread, command -> { }));
            engine.start();
            runUntil(SessionState.HOLDING);       // the first hold: calf stretch
            clock.advanceBy(3_500);
            commands.send(Command.DONE, CommandSource.KEY);
            commands.send(Command.LOUDER, CommandSource.VOICE);
            runUntil(SessionState.COUNTING);      // marching
            commands.send(Command.STOP, CommandSource.TOUCH);
            clock.runUntilIdle();
        }
        EventLines events = new EventLines(file);

        List<String> types = events.types();
        assertThat(types).first().isEqualTo("session-started");
        assertThat(types).last().isEqualTo("session-ended");
        assertThat(events.ofType("session-started").get(0).get("routine").getAsString()).isEqualTo("quick");

        List<JsonObject> exercises = events.ofType("exercise-started");
        assertThat(exercises).extracting(e -> e.get("exercise").getAsString())
                .startsWith("ankle-rolls").contains("calf-stretch", "marching").doesNotContain("single-leg-balance");
        assertThat(exercises.get(0).get("number").getAsInt()).isEqualTo(1);
        assertThat(exercises.get(0).get("of").getAsInt()).isEqualTo(4);

        List<JsonObject> cues = events.ofType("cue");
        assertThat(cues).extracting(c -> text(c.get("text"))).contains("Ankle rolls", "Marching");
        JsonObject three = cues.stream().filter(c -> c.has("count") && c.get("count").getAsInt() == 3)
                .findFirst().orElseThrow();
        assertThat(three.get("text").getAsString()).isNotBlank();

        assertThat(events.ofType("command")).extracting(c -> c.get("name").getAsString() + "/"
                + c.get("source").getAsString() + "/" + c.get("acted").getAsBoolean())
                .containsExactly("done/key/true", "louder/voice/true", "stop/touch/true");

        JsonObject hold = events.ofType("hold-ended").get(0);
        assertThat(hold.get("exercise").getAsString()).isEqualTo("calf-stretch");
        assertThat(hold.get("ended_early").getAsBoolean()).isTrue();
        assertThat(hold.get("seconds").getAsInt()).isBetween(1, 19);

        JsonObject ended = events.ofType("session-ended").get(0);
        assertThat(ended.get("stopped_early").getAsBoolean()).isTrue();
        List<JsonObject> done = ended.getAsJsonArray("exercises").asList().stream()
                .map(JsonElement::getAsJsonObject).toList();
        assertThat(done).extracting(d -> d.get("exercise").getAsString() + ":" + d.get("status").getAsString())
                .containsExactly("ankle-rolls:done", "calf-stretch:done", "marching:partly_done",
                        "single-leg-balance:not_reached");
        assertThat(done.get(1).get("ended_early").getAsBoolean()).isTrue();
        assertThat(events.all()).allSatisfy(e -> assertThat(e.get("t_ms").getAsLong()).isNotNegative());
    }

    private static String text(JsonElement element) {
        return element == null ? null : element.getAsString();
    }

    private void runUntil(SessionState wanted) {
        while (state != wanted) {
            assertThat(clock.runNext()).as("the session reaches " + wanted).isTrue();
        }
    }
}

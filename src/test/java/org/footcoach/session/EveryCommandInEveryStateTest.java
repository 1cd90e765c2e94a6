package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command in every state: it acts or is ignored, never throws, never leaves the engine stuck. */
class EveryCommandInEveryStateTest {

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (SessionState state : SessionState.values()) {
            for (Command command : Command.values()) {
                all.add(Arguments.of(state, command));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("cases")
    void commandActsOrIsIgnoredAndTheSessionStillEnds(SessionState state, Command command) {
        Harness h = reach(state);
        assertThat(h.state()).as("reached").isEqualTo(state);
        int commandsBefore = h.recorder.acted.size();

        try (EngineErrors errors = new EngineErrors()) {
            h.send(command);
            assertThat(errors.errors).isEmpty();
        }

        assertThat(h.recorder.acted).hasSize(commandsBefore + 1);
        Boolean expected = expectedActed(state, command);
        if (expected != null) {
            assertThat(h.recorder.acted.get(commandsBefore)).as("acted").isEqualTo(expected);
        }
        assertThat(h.finish()).as("session can still end").isTrue();
        assertThat(h.recorder.summaries).hasSize(1);
        assertNoOverlapExceptWhenCut(h.recorder);
    }

    static Harness reach(SessionState state) {
        Harness h = switch (state) {
            case COUNTING_DOWN -> new Harness("standing",
                    SessionSettings.defaults().withReadyMode(ReadyMode.COUNTDOWN));
            default -> new Harness("quick", SessionSettings.defaults());
        };
        switch (state) {
            case IDLE -> {
                return h;
            }
            case PAUSED -> {
                h.engine.start();
                h.runUntil(SessionState.HOLDING);
                h.runUntilCount(3);
                h.send(Command.PAUSE);
            }
            case ENDED -> {
                h.engine.start();
                h.finish();
            }
            default -> {
                h.engine.start();
                h.runUntil(state);
            }
        }
        return h;
    }

    private static Boolean expectedActed(SessionState state, Command command) {
        if (command == Command.LOUDER || command == Command.SOFTER) {
            return true;
        }
        return switch (state) {
            case IDLE -> command == Command.GO ? Boolean.TRUE
                    : command == Command.SLOWER || command == Command.FASTER ? null : Boolean.FALSE;
            case ENDED -> false;
            case PAUSED -> switch (command) {
                case GO, DONE, STOP, NEXT, BACK, REPEAT, HELP -> true;
                case PAUSE -> false;
                default -> null;
            };
            case WAITING_FOR_GO -> switch (command) {
                case GO, STOP, NEXT, HELP -> true;
                case PAUSE, DONE -> false;
                default -> null;
            };
            case HOLDING, COUNTING, TIMING -> switch (command) {
                case DONE, PAUSE, STOP, NEXT, BACK, REPEAT, HELP -> true;
                case GO -> false;
                default -> null;
            };
            default -> switch (command) {
                case STOP, NEXT -> true;
                case DONE -> false;
                default -> null;
            };
        };
    }

    /** Speech cues never overlap, unless the first was cut off by a command before the second began. */
    static void assertNoOverlapExceptWhenCut(Recorder recorder) {
        List<Cue.Speech> speech = recorder.speech();
        for (int i = 1; i < speech.size(); i++) {
            Cue.Speech before = speech.get(i - 1);
            Cue.Speech cue = speech.get(i);
            if (cue.atMillis() < before.endMillis()) {
                boolean cut = recorder.interruptions.stream()
                        .anyMatch(t -> t >= before.atMillis() && t <= cue.atMillis());
                assertThat(cut).as("'%s' at %d overlaps '%s' at %d..%d", cue.text(), cue.atMillis(),
                        before.text(), before.atMillis(), before.endMillis()).isTrue();
            }
        }
    }
}

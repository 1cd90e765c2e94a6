package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.ScreenController;
import org.footcoach.session.VirtualClock;
import org.footcoach.store.EventLog;
import org.junit.jupiter.api.Test;

/** Every command reaches the screen in front and is logged and answered once, in one place. */
class CommandRouterTest {
    private final List<String> logged = new ArrayList<>();
    private final EventLog log = new EventLog() {
        @Override
        public void record(String type, java.util.Map<String, ?> fields) {
            logged.add(type + " " + fields.get("name") + "/" + fields.get("source") + "/" + fields.get("acted")
                    + (fields.containsKey("why") ? " " + fields.get("why") + " at " + fields.get("where") : ""));
        }

        @Override
        public void close() {
        }
    };
    private final AtomicInteger sounds = new AtomicInteger();
    private final CommandRouter router = new CommandRouter(log, sounds::incrementAndGet);
    private final List<String> flashed = new ArrayList<>();

    @Test
    void aCommandActsOnTheScreenInFrontAndIsLoggedAndAnsweredOnce() {
        List<Command> acted = new ArrayList<>();
        router.show(front(new ScreenController() {
            @Override
            public boolean act(Command command, CommandSource source) {
                return acted.add(command) && command != Command.STOP;
            }

            @Override
            public String whereNow() {
                return "summary";
            }
        }));

        router.send(Command.NEXT, CommandSource.TOUCH);
        router.send(Command.STOP, CommandSource.VOICE);

        assertThat(acted).containsExactly(Command.NEXT, Command.STOP);
        assertThat(logged).containsExactly("command next/touch/true",
                "command stop/voice/false not possible now at summary");
        assertThat(sounds).hasValue(2);
        assertThat(flashed).containsExactly("NEXT", "STOP");
    }

    @Test
    void aKeyMeansWhatTheScreenInFrontSaysItMeans() {
        ScreenController pedal = new ScreenController() {
            @Override
            public boolean act(Command command, CommandSource source) {
                return true;
            }

            @Override
            public Command keyMeans(List<Command> meanings) {
                return meanings.get(meanings.size() - 1);
            }
        };
        router.show(front(pedal));
        router.key(List.of(Command.GO, Command.PAUSE, Command.DONE));
        assertThat(logged).containsExactly("command done/key/true");
    }

    @Test
    void aCommandThatArrivesAfterItsScreenHasGoneIsDropped() {
        List<Runnable> later = new ArrayList<>();
        router.show(new CommandRouter.Front((command, source) -> true, later::add, command -> { }));
        router.send(Command.NEXT, CommandSource.KEY);
        router.show(front((command, source) -> true));
        later.forEach(Runnable::run);
        assertThat(logged).isEmpty();
    }

    @Test
    void aSpokenCommandGoesPastHelpToTheSessionUnderIt() {
        List<String> session = new ArrayList<>();
        List<String> help = new ArrayList<>();
        AtomicInteger uncovered = new AtomicInteger();
        router.show(front((command, source) -> session.add(command + "/" + source)));
        router.showOver(front((command, source) -> help.add(command + "/" + source)), uncovered::incrementAndGet);

        router.key(List.of(Command.NEXT));
        router.send(Command.GO, CommandSource.VOICE);
        router.send(Command.PAUSE, CommandSource.KEY);

        assertThat(help).containsExactly("NEXT/KEY");
        assertThat(uncovered).hasValue(1);
        assertThat(session).containsExactly("GO/VOICE", "PAUSE/KEY");
    }

    @Test
    void afterTheWindowClosesNothingActs() {
        router.show(front((command, source) -> true));
        router.nowhere();
        router.send(Command.STOP, CommandSource.VOICE);
        assertThat(logged).isEmpty();
        assertThat(sounds).hasValue(0);
    }

    /** Each screen reads the learnt keys from the router as it is built: a key learnt a moment ago is there. */
    @Test
    void theLearntKeysAreReadAsTheyAreNow() {
        java.util.concurrent.atomic.AtomicReference<java.util.Map<String, String>> settings =
                new java.util.concurrent.atomic.AtomicReference<>(java.util.Map.of());
        CommandRouter learning = new CommandRouter(log, () -> { }, settings::get);
        assertThat(learning.learntKeys()).isEmpty();

        settings.set(java.util.Map.of("F13", "next"));

        assertThat(learning.learntKeys()).containsExactly(java.util.Map.entry("F13", "next"));
        assertThat(router.learntKeys()).as("a router told of none").isEmpty();
    }

    /** The voice input marks the "heard you" sound for the echo guard: a command said right after it is not talk. */
    @Test
    void theHeardYouSoundIsOneOfTheAppsSoundsForTheEchoGuard() {
        VirtualClock voiceClock = new VirtualClock(10_000);
        VoiceInput voice = VoiceInput.off(log, voiceClock);
        voiceClock.advanceTo(20_000);
        voice.soundingNow(100);

        assertThat(voice.appSoundedBetween(20_010, 20_090)).isTrue();
        long margin = org.footcoach.listen.echo.EchoGuard.DEFAULT_MARGIN_MILLIS;
        assertThat(voice.appSoundedBetween(20_200 + margin, 20_300 + margin)).isFalse();
    }

    private CommandRouter.Front front(ScreenController controller) {
        return new CommandRouter.Front(controller, Runnable::run, command -> flashed.add(command.name()));
    }
}

package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.footcoach.listen.echo.EchoGuard;
import org.footcoach.session.Command;
import org.footcoach.session.Cue;
import org.footcoach.session.Earcon;
import org.junit.jupiter.api.Test;

/** The echo guard learns every sound a session makes, at its time on the app's one clock. */
class EchoFeedTest {
    private final EchoGuard guard = new EchoGuard(0, Map.of());
    private final EchoFeed feed = new EchoFeed(guard);

    @Test
    void anEarconIsASoundOfTheAppsAtItsTime() {
        feed.cue(new Cue.Sound(12_000, 460, Earcon.HOLD_END, Optional.of("calf-raises")));

        assertThat(guard.soundedBetween(12_100, 12_200)).isTrue();
        assertThat(guard.soundedBetween(12_500, 12_600)).isFalse();
    }

    @Test
    void speechIsTheAppsOwnWordsAtItsTime() {
        feed.cue(new Cue.Speech(13_000, 800, "Next up: marching.", Optional.empty(), OptionalInt.empty(),
                Optional.empty()));

        assertThat(guard.ignores(Command.NEXT, "next", 13_100, 13_300)).isTrue();
        assertThat(guard.ignores(Command.NEXT, "next", 14_000, 14_200)).isFalse();
    }
}

package org.footcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL in the middle of writes, then reopen, ten times in a row: no session lost that had ended before the kill,
 * no file unreadable. The hundred rounds run on demand: {@code bench/history-kill.sh}.
 */
class KilledWhileWritingTest {
    @TempDir
    Path dir;

    @Test
    void tenKillsInARowLoseNothingThatHadEnded() throws Exception {
        KillRounds.Outcome outcome = new KillRounds(dir.resolve("history"), 7).run(10);

        assertThat(outcome.problems()).as("files that could not be read").isEmpty();
        assertThat(outcome.lost()).as("sessions ended before a kill and not found after it").isEmpty();
        assertThat(outcome.sessionsEnded()).as("the writer got far enough to prove something").isPositive();
        assertThat(outcome.cutOff()).as("sessions found running after the kills").isBetween(1, 10);
    }
}

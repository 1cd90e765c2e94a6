package org.footcoach.listen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RealTimePaceTest {
    private final VirtualTime time = new VirtualTime();
    private final RealTimePace pace = new RealTimePace(time);

    @Test
    void audioIsLetOutNoFasterThanItWouldBeHeard() throws Exception {
        long start = time.millis();
        for (int i = 0; i < 3; i++) {
            pace.letOut(640);
        }
        assertThat(time.millis() - start).isEqualTo(60);
        assertThat(pace.millisLetOut()).isEqualTo(60);
    }

    @Test
    void aReaderThatFellBehindCatchesUpWithoutWaiting() throws Exception {
        long start = time.millis();
        pace.letOut(640);
        time.advanceMillis(500);
        pace.letOut(3_200);
        assertThat(time.millis() - start).as("120 ms of audio after 520 ms: no wait").isEqualTo(520);
    }
}

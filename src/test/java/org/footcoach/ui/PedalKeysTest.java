package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PedalKeysTest {
    private final PedalKeys keys = new PedalKeys(Set.of(KeyEvent.VK_PAGE_DOWN));

    @Test
    void aPressActsOnceOnThePressAndNotOnTheRelease() {
        assertThat(keys.pressed(KeyEvent.VK_SPACE, 1000)).isEqualTo(PedalKeys.Press.SHORT);
        assertThat(keys.released(KeyEvent.VK_SPACE, 1100)).isNull();
    }

    @Test
    void autoRepeatWhileHeldIsOnePress() {
        assertThat(keys.pressed(KeyEvent.VK_RIGHT, 1000)).isEqualTo(PedalKeys.Press.SHORT);
        for (long t = 1500; t < 3000; t += 33) {
            assertThat(keys.pressed(KeyEvent.VK_RIGHT, t)).as("repeat at %d", t).isNull();
        }
        keys.released(KeyEvent.VK_RIGHT, 3000);
        assertThat(keys.pressed(KeyEvent.VK_RIGHT, 3400)).as("a new press later").isEqualTo(PedalKeys.Press.SHORT);
    }

    @Test
    void contactBounceWithin150MillisIsIgnored() {
        assertThat(keys.pressed(KeyEvent.VK_ENTER, 1000)).isEqualTo(PedalKeys.Press.SHORT);
        keys.released(KeyEvent.VK_ENTER, 1040);
        assertThat(keys.pressed(KeyEvent.VK_ENTER, 1060)).as("bounce").isNull();
        keys.released(KeyEvent.VK_ENTER, 1080);
        assertThat(keys.pressed(KeyEvent.VK_ENTER, 1080 + PedalKeys.BOUNCE_MILLIS)).as("a real second press")
                .isEqualTo(PedalKeys.Press.SHORT);
    }

    @Test
    void aLongPressKeyActsOnReleaseShortOrLong() {
        assertThat(keys.pressed(KeyEvent.VK_PAGE_DOWN, 1000)).isNull();
        assertThat(keys.pressed(KeyEvent.VK_PAGE_DOWN, 1500)).as("auto-repeat").isNull();
        assertThat(keys.released(KeyEvent.VK_PAGE_DOWN, 1000 + PedalKeys.LONG_PRESS_MILLIS))
                .isEqualTo(PedalKeys.Press.LONG);

        assertThat(keys.pressed(KeyEvent.VK_PAGE_DOWN, 5000)).isNull();
        assertThat(keys.released(KeyEvent.VK_PAGE_DOWN, 5200)).isEqualTo(PedalKeys.Press.SHORT);
    }

    @Test
    void aReleaseWithoutAPressIsIgnored() {
        assertThat(keys.released(KeyEvent.VK_PAGE_DOWN, 1000)).isNull();
    }
}

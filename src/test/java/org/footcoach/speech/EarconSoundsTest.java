package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.footcoach.session.Earcon;
import org.junit.jupiter.api.Test;

class EarconSoundsTest {
    @Test
    void everyEarconIsShortSoftAndLoadsFromTheClassPath() {
        EarconSounds earcons = EarconSounds.load();
        for (Earcon earcon : Earcon.values()) {
            Pcm pcm = earcons.sound(earcon);
            assertThat(pcm.millis()).as(earcon.name()).isBetween(20L, 700L);
            // Softer than speech, whose peaks reach about -1 dBFS.
            assertThat(pcm.peak()).as(earcon.name()).isBetween(1000, 32767 / 4);
        }
    }
}

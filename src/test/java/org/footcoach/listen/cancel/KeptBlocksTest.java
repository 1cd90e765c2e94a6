package org.footcoach.listen.cancel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeptBlocksTest {

    private static KeptBlocks afterBlocks(int n) {
        KeptBlocks blocks = new KeptBlocks();
        for (int i = 0; i < n; i++) {
            blocks.end();
        }
        return blocks;
    }

    @Test
    void aWindowCoversTheBlocksThatHoldItsSound() {
        KeptBlocks blocks = afterBlocks(100);

        assertThat(blocks.first(0)).isZero();
        assertThat(blocks.last(20)).isZero();
        assertThat(blocks.first(30)).isEqualTo(1);
        assertThat(blocks.last(41)).isEqualTo(2);
    }

    @Test
    void aWindowEndsAtTheLastBlockEnded() {
        assertThat(afterBlocks(100).last(60_000)).isEqualTo(99);
    }

    @Test
    void blocksOlderThanHalfAMinuteAreNoLongerKept() {
        KeptBlocks blocks = afterBlocks(KeptBlocks.KEPT + 100);

        assertThat(blocks.first(0)).isEqualTo(100);
        assertThat(blocks.first(40_000)).isEqualTo(2_000);
    }

    @Test
    void slotsGoRoundTheKeptArrays() {
        KeptBlocks blocks = afterBlocks(KeptBlocks.KEPT - 1);

        assertThat(blocks.end()).isEqualTo(KeptBlocks.KEPT - 1);
        assertThat(blocks.end()).isZero();
        assertThat(KeptBlocks.slot(KeptBlocks.KEPT + 7)).isEqualTo(7);
    }
}

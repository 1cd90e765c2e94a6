package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BannerLinesTest {

    @Test
    void linesAreKeptAndTakenOffOneByOne() {
        List<String> shown = new CopyOnWriteArrayList<>();
        BannerLines lines = new BannerLines(shown::add);
        lines.add("No sound.");
        lines.add("No microphone.");
        lines.add("No sound.");
        lines.remove("No sound.");
        lines.remove("Never shown.");

        assertThat(shown).containsExactly("No sound.", "No sound.\nNo microphone.", "No microphone.");
    }

    @Test
    void twoNoticesAtOnceFromTwoThreadsLeaveBothOnTheBanner() throws Exception {
        // The sound output's thread is slow handing its line on just as the voice input's thread adds one.
        CountDownLatch secondAdded = new CountDownLatch(1);
        List<String> shown = new CopyOnWriteArrayList<>();
        BannerLines lines = new BannerLines(text -> {
            if (text.equals("No sound.")) {
                try {
                    secondAdded.await(300, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            shown.add(text);
        });
        Thread sound = new Thread(() -> lines.add("No sound."));
        sound.start();
        while (shown.isEmpty() && sound.getState() != Thread.State.TIMED_WAITING) {
            Thread.onSpinWait();
        }
        Thread voice = new Thread(() -> {
            lines.add("No microphone.");
            secondAdded.countDown();
        });
        voice.start();
        sound.join();
        voice.join();

        assertThat(shown.get(shown.size() - 1)).isEqualTo("No sound.\nNo microphone.");
    }
}

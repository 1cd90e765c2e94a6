package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.junit.jupiter.api.Test;

/** The PIN keypad by pedal and by touch, and the lock after five wrong PINs, without Swing. */
class PinControllerTest {
    private Instant now = Instant.parse("2026-12-07T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final PinAttempts attempts = new PinAttempts(clock);
    private final List<String> tried = new ArrayList<>();
    private int rights;
    private int cancels;

    private PinController prompt() {
        return new PinController((pin, right) -> {
            tried.add(new String(pin));
            right.accept(new String(pin).equals("2468"));
        }, attempts, () -> rights++, () -> cancels++);
    }

    private static void type(PinController controller, String keys) {
        for (char key : keys.toCharArray()) {
            controller.touch(String.valueOf(key));
        }
    }

    @Test
    void aPedalAloneEntersThePin() {
        PinController controller = prompt();
        // 1 2 3 / 4 5 6 / 7 8 9 / Delete 0 OK: "2" is one step on, "4" two more, "6" two more, "8" two more.
        for (int steps : new int[] {1, 2, 2, 2}) {
            for (int i = 0; i < steps; i++) {
                controller.act(Command.NEXT, CommandSource.KEY);
            }
            controller.act(Command.GO, CommandSource.KEY);
        }
        assertThat(controller.digitsEntered()).isEqualTo(4);
        controller.act(Command.NEXT, CommandSource.KEY);
        controller.act(Command.NEXT, CommandSource.KEY);
        controller.act(Command.NEXT, CommandSource.KEY);
        controller.act(Command.NEXT, CommandSource.KEY);
        assertThat(PinController.KEYS.get(controller.highlighted())).isEqualTo("ok");

        controller.act(Command.GO, CommandSource.KEY);

        assertThat(tried).containsExactly("2468");
        assertThat(rights).isEqualTo(1);
        assertThat(controller.digitsEntered()).isZero();
    }

    @Test
    void deleteTakesBackTheLastDigit() {
        PinController controller = prompt();

        type(controller, "2461");
        controller.touch("delete");
        type(controller, "8");
        controller.touch("ok");

        assertThat(rights).isEqualTo(1);
    }

    @Test
    void aWrongPinSaysHowManyTriesAreLeft() {
        PinController controller = prompt();

        type(controller, "1111");
        controller.touch("ok");

        assertThat(rights).isZero();
        assertThat(controller.message()).isEqualTo(UiText.get("pin.wrong", 4));
    }

    @Test
    void fiveWrongPinsLockThePromptForAMinuteEvenWhenOpenedAgain() {
        PinController controller = prompt();
        for (int i = 0; i < 5; i++) {
            type(controller, "1111");
            controller.touch("ok");
        }
        assertThat(controller.message()).isEqualTo(UiText.get("pin.locked"));

        PinController again = prompt();
        type(again, "2468");
        again.touch("ok");
        assertThat(rights).as("locked").isZero();
        assertThat(tried).hasSize(5);

        now = now.plus(Duration.ofSeconds(61));
        type(again, "2468");
        again.touch("ok");
        assertThat(rights).isEqualTo(1);
    }

    @Test
    void stopGivesUp() {
        PinController controller = prompt();
        type(controller, "24");

        assertThat(controller.act(Command.STOP, CommandSource.VOICE)).isTrue();

        assertThat(cancels).isEqualTo(1);
        assertThat(tried).isEmpty();
    }
}

package org.footcoach.ui.testing;

import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/** What a GUI test needs: frames found by name, code run on the EDT, and waiting for a condition (never sleeping). */
public final class GuiRobot {
    private static final Timeout PATIENCE = Timeout.timeout(20_000);

    private final Robot robot;

    GuiRobot(Robot robot) {
        this.robot = robot;
    }

    public Robot robot() {
        return robot;
    }

    /** The showing frame named {@code name}; components inside are found by name through the fixture. */
    public FrameFixture frame(String name) {
        return WindowFinder.findFrame(name).withTimeout(PATIENCE.duration()).using(robot);
    }

    /** Runs {@code query} on the EDT and returns its answer. */
    public <T> T onEdt(Callable<T> query) {
        return GuiActionRunner.execute(query);
    }

    /** Whether exactly one component named {@code name} is showing in {@code frame}. */
    public boolean showing(FrameFixture frame, String name) {
        return onEdt(() -> frame.robot().finder().findAll(frame.target(),
                c -> name.equals(c.getName()) && c.isShowing()).size() == 1);
    }

    /** Waits until {@code test} is true (checked off the EDT), failing after a generous timeout. */
    public void waitUntil(String description, BooleanSupplier test) {
        Pause.pause(new Condition(description) {
            @Override
            public boolean test() {
                return test.getAsBoolean();
            }
        }, PATIENCE);
    }
}

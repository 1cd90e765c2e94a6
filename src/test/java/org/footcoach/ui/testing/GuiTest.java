package org.footcoach.ui.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a GUI test: AssertJ Swing robot per test (windows disposed after), EDT violations fail the test, a screenshot
 * goes to {@code target/gui-failures/} when a test fails. Test methods may take a {@link GuiRobot} parameter.
 * Needs a display (Xvfb under CI); without one the test fails, it is never skipped.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(GuiTestExtension.class)
@Tag("gui")
public @interface GuiTest {
}

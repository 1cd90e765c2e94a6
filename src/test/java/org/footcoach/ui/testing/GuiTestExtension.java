package org.footcoach.ui.testing;

import com.formdev.flatlaf.FlatSystemProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.exception.EdtViolationException;
import org.assertj.swing.image.ScreenshotTaker;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/** JUnit 5 extension behind {@link GuiTest}. */
public final class GuiTestExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        TestExecutionExceptionHandler, ParameterResolver {
    static final Path SCREENSHOTS = Path.of("target", "gui-failures");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GuiTestExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        // Sizes in tests are the theme's 1x sizes, whatever the screen.
        if (System.getProperty(FlatSystemProperties.UI_SCALE) == null) {
            System.setProperty(FlatSystemProperties.UI_SCALE, "1");
        }
        // One recorder for the whole run, kept in the root store so every test class shares it.
        EdtViolationRecorder recorder = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(EdtViolationRecorder.class, type -> new EdtViolationRecorder(),
                        EdtViolationRecorder.class);
        if (RepaintManager.currentManager(null) != recorder) {
            RepaintManager.setCurrentManager(recorder);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        recorder(context).drain();
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        context.getStore(NAMESPACE).put(Robot.class, robot);
    }

    private static void flushEventQueue() {
        try {
            SwingUtilities.invokeAndWait(() -> { });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Robot robot = context.getStore(NAMESPACE).remove(Robot.class, Robot.class);
        if (robot != null) {
            robot.cleanUp();
            // The windows' closing handlers (which may still write the app's files) run before the test's folders go.
            flushEventQueue();
        }
        List<EdtViolationException> violations = recorder(context).drain();
        if (!violations.isEmpty()) {
            AssertionError failure = new AssertionError(violations.size()
                    + " Swing call(s) off the event dispatch thread; the first is the cause");
            failure.initCause(violations.get(0));
            throw failure;
        }
    }

    private static EdtViolationRecorder recorder(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).get(EdtViolationRecorder.class, EdtViolationRecorder.class);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Path file = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName() + "."
                + context.getRequiredTestMethod().getName() + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.deleteIfExists(file);
            new ScreenshotTaker().saveDesktopAsPng(file.toString());
            failure.addSuppressed(new AssertionError("screenshot of the failure: " + file.toAbsolutePath()));
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
        throw failure;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == GuiRobot.class || type == Robot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Robot robot = context.getStore(NAMESPACE).get(Robot.class, Robot.class);
        if (robot == null) {
            throw new IllegalStateException("GUI parameters exist only inside a @GuiTest method");
        }
        return parameter.getParameter().getType() == Robot.class ? robot : new GuiRobot(robot);
    }
}

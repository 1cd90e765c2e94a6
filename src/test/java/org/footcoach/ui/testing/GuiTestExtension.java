package org.footcoach.ui.testing;

import com.formdev.flatlaf.FlatSystemProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
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
        // Installing twice is harmless: it replaces the RepaintManager with an equal one.
        FailOnThreadViolationRepaintManager.install();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        context.getStore(NAMESPACE).put(Robot.class, robot);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Robot robot = context.getStore(NAMESPACE).remove(Robot.class, Robot.class);
        if (robot != null) {
            robot.cleanUp();
        }
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

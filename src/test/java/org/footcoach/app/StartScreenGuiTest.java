package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javax.swing.JButton;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.Routine;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.PlanDuration;
import org.footcoach.session.SessionSettings;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.StartScreen;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@GuiTest
class StartScreenGuiTest {
    private static final ResourceBundle SCREENS = ResourceBundle.getBundle("org.footcoach.ui.screens");

    @TempDir
    Path temp;

    private final Content content = ContentLoader.loadBundled().content();

    private FrameFixture start(GuiRobot gui, String size) {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"--windowed", size, "--data-dir", temp.resolve("data").toString(),
                "--event-log", temp.resolve("events.jsonl").toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).as("exit code, stderr: %s", err).isZero();
        return gui.frame(AppWindow.NAME);
    }

    @Test
    void showsFourRoutineButtonsWithNameAndMinutes(GuiRobot gui) {
        FrameFixture frame = start(gui, "1024x768");

        assertThat(content.routines()).hasSize(4);
        for (Routine routine : content.routines()) {
            int minutes = PlanDuration.minutes(new PlanBuilder().build(content, routine),
                    SessionSettings.defaults());
            String expected = MessageFormat.format(SCREENS.getString("start.routine"), routine.name(), minutes);
            frame.button("routine-" + routine.id()).requireVisible().requireEnabled().requireText(expected);
            assertThat(expected).contains(routine.name()).contains(minutes + " min");
        }
    }

    @Test
    void buttonsAreLargeWithWideGapsEvenAt1024x768(GuiRobot gui) {
        FrameFixture frame = start(gui, "1024x768");

        List<Rectangle> bounds = content.routines().stream()
                .map(routine -> gui.onEdt(() -> frame.button("routine-" + routine.id()).target().getBounds()))
                .toList();
        for (int i = 0; i < bounds.size(); i++) {
            assertThat(bounds.get(i).height).as("height of button %d", i).isGreaterThanOrEqualTo(90);
            if (i > 0) {
                int gap = bounds.get(i).y - (bounds.get(i - 1).y + bounds.get(i - 1).height);
                assertThat(gap).as("gap above button %d", i).isGreaterThanOrEqualTo(25);
            }
        }
        Rectangle last = bounds.get(bounds.size() - 1);
        int contentHeight = gui.onEdt(() -> frame.panel("start-screen").target().getHeight());
        assertThat(last.y + last.height).as("last button inside the window").isLessThanOrEqualTo(contentHeight);
        int bodySize = gui.onEdt(() -> frame.textBox("start-explanation").target().getFont().getSize());
        assertThat(bodySize).as("body text size").isGreaterThanOrEqualTo(28);
    }

    @Test
    void keysMoveTheHighlightAndEnterStartsIt(GuiRobot gui) {
        FrameFixture frame = start(gui, "1024x768");
        List<Routine> routines = content.routines();
        StartScreen screen = (StartScreen) frame.panel("start-screen").target();

        assertThat(highlighted(gui, screen)).isEqualTo(routines.get(0));
        assertThat(isHighlighted(gui, frame, routines.get(0))).isTrue();

        frame.pressAndReleaseKeys(KeyEvent.VK_RIGHT);
        assertThat(highlighted(gui, screen)).isEqualTo(routines.get(1));
        assertThat(isHighlighted(gui, frame, routines.get(1))).isTrue();
        assertThat(isHighlighted(gui, frame, routines.get(0))).isFalse();

        frame.pressAndReleaseKeys(KeyEvent.VK_PAGE_DOWN, KeyEvent.VK_PAGE_DOWN);
        assertThat(highlighted(gui, screen)).isEqualTo(routines.get(3));

        frame.pressAndReleaseKeys(KeyEvent.VK_RIGHT);
        assertThat(highlighted(gui, screen)).as("wraps to the first").isEqualTo(routines.get(0));

        frame.pressAndReleaseKeys(KeyEvent.VK_LEFT);
        assertThat(highlighted(gui, screen)).as("wraps to the last").isEqualTo(routines.get(3));

        frame.pressAndReleaseKeys(KeyEvent.VK_PAGE_UP);
        assertThat(highlighted(gui, screen)).isEqualTo(routines.get(2));

        frame.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        EventLines events = new EventLines(temp.resolve("events.jsonl"));
        gui.waitUntil("routine-chosen logged", () -> events.ofType("routine-chosen").size() == 1);
        assertThat(events.ofType("routine-chosen").get(0).get("routine").getAsString())
                .isEqualTo(routines.get(2).id());

        frame.panel("session-screen").requireVisible();
    }

    @Test
    void spaceStartsTheHighlightedRoutine(GuiRobot gui) {
        FrameFixture frame = start(gui, "1024x768");

        frame.pressAndReleaseKeys(KeyEvent.VK_PAGE_DOWN, KeyEvent.VK_SPACE);

        EventLines events = new EventLines(temp.resolve("events.jsonl"));
        gui.waitUntil("routine-chosen logged", () -> events.ofType("routine-chosen").size() == 1);
        assertThat(events.ofType("routine-chosen").get(0).get("routine").getAsString())
                .isEqualTo(content.routines().get(1).id());
        frame.panel("session-screen").requireVisible();
    }

    @Test
    void helpOpensByTouchAndClosesWithEscape(GuiRobot gui) {
        FrameFixture frame = start(gui, "1024x768");

        frame.button("start-help").click();
        frame.panel("help-screen").requireVisible();
        frame.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        frame.panel("start-screen").requireVisible();

        frame.pressAndReleaseKeys(KeyEvent.VK_F1);
        frame.panel("help-screen").requireVisible();
        frame.button("help-close").click();
        frame.panel("start-screen").requireVisible();
    }

    @Test
    void touchingAButtonStartsThatRoutine(GuiRobot gui) {
        FrameFixture frame = start(gui, "1024x768");
        Routine last = content.routines().get(3);

        frame.button("routine-" + last.id()).click();

        EventLines events = new EventLines(temp.resolve("events.jsonl"));
        gui.waitUntil("routine-chosen logged", () -> events.ofType("routine-chosen").size() == 1);
        assertThat(events.ofType("routine-chosen").get(0).get("routine").getAsString()).isEqualTo(last.id());
    }

    private static Routine highlighted(GuiRobot gui, StartScreen screen) {
        return gui.onEdt(screen::highlightedRoutine);
    }

    private static boolean isHighlighted(GuiRobot gui, FrameFixture frame, Routine routine) {
        JButton button = frame.button("routine-" + routine.id()).target();
        String style = gui.onEdt(() -> (String) button.getClientProperty(FlatClientProperties.STYLE_CLASS));
        return style.contains("highlighted");
    }
}

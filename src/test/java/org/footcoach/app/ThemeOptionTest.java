package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.swing.UIManager;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.FootCoachDark;
import org.footcoach.ui.FootCoachLight;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --theme light|dark} picks the look the window opens in; anything else is one clear line. */
@GuiTest
class ThemeOptionTest {
    private final StringWriter err = new StringWriter();

    @TempDir
    Path temp;

    @Test
    void darkOpensTheWindowInTheDarkTheme(GuiRobot gui) {
        assertThat(launch("--theme", "dark")).isZero();
        gui.frame(AppWindow.NAME).requireVisible();
        assertThat(gui.onEdt(() -> UIManager.getLookAndFeel().getName())).isEqualTo(FootCoachDark.NAME);
    }

    @Test
    void lightIsTheDefault(GuiRobot gui) {
        assertThat(launch()).isZero();
        gui.frame(AppWindow.NAME).requireVisible();
        assertThat(gui.onEdt(() -> UIManager.getLookAndFeel().getName())).isEqualTo(FootCoachLight.NAME);
    }

    @Test
    void anUnknownThemeIsOneLineAndExitTwo() {
        int code = Main.run(new String[] {"--theme", "blue"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .contains("'blue'").contains("light or dark").endsWith("Try --help.");
    }

    @Test
    void helpListsTheOption() {
        StringWriter out = new StringWriter();
        Main.run(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(err));
        // picocli wraps descriptions to the terminal width, so compare with the line breaks folded.
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("--theme=light|dark").contains("dark background");
    }

    private int launch(String... theme) {
        String[] args = new String[theme.length + 6];
        System.arraycopy(new String[] {"--windowed", "1024x768", "--audio-out", "none", "--data-dir",
                temp.toString()}, 0, args, 0, 6);
        System.arraycopy(theme, 0, args, 6, theme.length);
        return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    }
}

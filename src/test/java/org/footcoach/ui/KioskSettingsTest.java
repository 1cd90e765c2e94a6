package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.Routine;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Preferences;
import org.junit.jupiter.api.Test;

/** The kiosk's admin screen without Swing: its own rows (idle times, the routines offered) and Quit. */
class KioskSettingsTest {
    private static final Content CONTENT = ContentLoader.loadBundled().content();

    private final List<Preferences> saved = new ArrayList<>();
    private final List<String> told = new ArrayList<>();
    private int quits;

    private SettingsController admin() {
        SettingsController controller = SettingsController.forKiosk(CONTENT.exercises(), CONTENT.routines(),
                () -> saved.isEmpty() ? Preferences.defaults() : saved.get(saved.size() - 1), saved::add,
                new SettingsChoices(List.of(), List.of(), 7, 10), new SettingsFixtures.Gate(false, false),
                new SettingsFixtures.Actions(), () -> quits++, () -> { });
        controller.onTold(told::add);
        return controller;
    }

    private static int row(SettingsController controller, String name) {
        for (int i = 0; i < controller.rows().size(); i++) {
            if (controller.rows().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row " + name);
    }

    @Test
    void theIdleTimesStepWithinTheirBounds() {
        SettingsController admin = admin();
        admin.touch(row(admin, "idle-seconds"), 1);
        assertThat(saved.get(saved.size() - 1).kiosk().idleSeconds()).isEqualTo(105);
        for (int i = 0; i < 10; i++) {
            admin.touch(row(admin, "idle-seconds"), -1);
        }
        assertThat(saved.get(saved.size() - 1).kiosk().idleSeconds()).isEqualTo(15);
        admin.touch(row(admin, "warning-seconds"), -1);
        assertThat(admin.rows().get(row(admin, "warning-seconds")).value()).isEqualTo("15 seconds");
    }

    @Test
    void routinesCanBeLeftOutButNeverAll() {
        SettingsController admin = admin();
        List<Routine> routines = CONTENT.routines();
        for (Routine routine : routines) {
            admin.touch(row(admin, "offer-" + routine.id()), 1);
        }
        Set<String> hidden = saved.get(saved.size() - 1).kiosk().routinesHidden();
        assertThat(hidden).hasSize(routines.size() - 1)
                .doesNotContain(routines.get(routines.size() - 1).id());
        assertThat(told).containsExactly("At least one routine stays offered.");
        assertThat(admin.rows().get(row(admin, "offer-" + routines.get(0).id())).value()).isEqualTo("No");
    }

    @Test
    void quitIsAnActionRowThePedalReaches() {
        SettingsController admin = admin();
        int quit = row(admin, "quit");
        while (admin.highlighted() != quit) {
            admin.act(Command.NEXT, CommandSource.KEY);
        }
        admin.act(Command.GO, CommandSource.KEY);
        assertThat(quits).isEqualTo(1);
    }
}

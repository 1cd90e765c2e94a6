package org.footcoach.ui;

import java.util.Arrays;
import java.util.List;
import org.footcoach.session.Command;

/**
 * The controls table of PRODUCT.md: for every command, the key roles that send it and the name of the touch control
 * that sends it on the session screen. The words shown under Help are {@code controls.<log name>.*} in
 * screens.properties.
 */
enum ControlsTable {
    GO(Command.GO, "control-pause", KeyRole.SPACE, KeyRole.ENTER, KeyRole.PAGE_DOWN),
    PAUSE(Command.PAUSE, "control-pause", KeyRole.SPACE),
    NEXT(Command.NEXT, "control-next", KeyRole.NEXT, KeyRole.PAGE_DOWN),
    BACK(Command.BACK, "control-back", KeyRole.BACK),
    REPEAT(Command.REPEAT, "control-repeat", KeyRole.REPEAT),
    DONE(Command.DONE, "hold-ring", KeyRole.SPACE, KeyRole.ENTER, KeyRole.PAGE_DOWN),
    STOP(Command.STOP, "control-stop", KeyRole.STOP),
    LOUDER(Command.LOUDER, "control-louder", KeyRole.LOUDER),
    SOFTER(Command.SOFTER, "control-softer", KeyRole.SOFTER),
    SLOWER(Command.SLOWER, "control-slower", KeyRole.SLOWER),
    FASTER(Command.FASTER, "control-faster", KeyRole.FASTER),
    HELP(Command.HELP, "control-help", KeyRole.HELP);

    private final Command command;
    private final String touchControl;
    private final List<KeyRole> keys;

    ControlsTable(Command command, String touchControl, KeyRole... keys) {
        this.command = command;
        this.touchControl = touchControl;
        this.keys = List.of(keys);
    }

    Command command() {
        return command;
    }

    /** Name of the component on the session screen that sends this command by touch. */
    String touchControl() {
        return touchControl;
    }

    List<KeyRole> keys() {
        return keys;
    }

    String text(String column) {
        return UiText.get("controls." + command.logName() + "." + column);
    }

    static ControlsTable of(Command command) {
        return Arrays.stream(values()).filter(row -> row.command == command).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no controls row for " + command));
    }
}

package org.footcoach.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.footcoach.content.Routine;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.ScreenController;

/**
 * What commands do on the start screen: "go" starts the highlighted routine, "next" and "back" move the highlight
 * (wrapping round), "help" asks for help, "history" shows the past sessions, "settings" the Settings; anything else means nothing here.
 * Swing-free; use on the EDT.
 */
public final class StartController implements ScreenController {
    private final List<RoutineChoice> choices;
    private final Consumer<RoutineChoice> start;
    /** What History, Settings and Help open, in the order of their buttons; a kiosk offers Help alone. */
    private final Map<Command, Runnable> besides = new LinkedHashMap<>();
    private IntConsumer highlightMoved = index -> { };
    private int highlighted;

    /**
     * {@code start} gets the routine chosen; {@code help} shows help; {@code history} the History screen;
     * {@code settings} the Settings screen.
     */
    public StartController(List<RoutineChoice> choices, Consumer<RoutineChoice> start, Runnable help,
                           Runnable history, Runnable settings) {
        this(choices, start, Map.of(Command.HISTORY, history, Command.SETTINGS, settings, Command.HELP, help));
    }

    /** A clinic kiosk's start screen: routines and Help only, nothing personal and no Settings. */
    public StartController(List<RoutineChoice> choices, Consumer<RoutineChoice> start, Runnable help) {
        this(choices, start, Map.of(Command.HELP, help));
    }

    private StartController(List<RoutineChoice> choices, Consumer<RoutineChoice> start, Map<Command, Runnable> open) {
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("the start screen needs at least one routine");
        }
        this.choices = List.copyOf(choices);
        this.start = start;
        for (Command command : List.of(Command.HISTORY, Command.SETTINGS, Command.HELP)) {
            if (open.containsKey(command)) {
                besides.put(command, open.get(command));
            }
        }
    }

    @Override
    public boolean act(Command command, CommandSource source) {
        switch (command) {
            case GO -> start.accept(choices.get(highlighted));
            case NEXT -> moveHighlight(1);
            case BACK -> moveHighlight(-1);
            default -> {
                Runnable open = besides.get(command);
                if (open == null) {
                    return false;
                }
                open.run();
            }
        }
        return true;
    }

    /** A finger on routine {@code index}: the "go" it sends is for that one. */
    void pointAt(int index) {
        highlighted = index;
        highlightMoved.accept(index);
    }

    /** The buttons beside the title: History, Settings and Help, or Help alone. */
    List<Command> besides() {
        return List.copyOf(besides.keySet());
    }

    List<RoutineChoice> choices() {
        return choices;
    }

    int highlighted() {
        return highlighted;
    }

    public Routine highlightedRoutine() {
        return choices.get(highlighted).routine();
    }

    /** The screen redraws the highlight through this. */
    void onHighlightMoved(IntConsumer listener) {
        highlightMoved = listener;
    }

    private void moveHighlight(int steps) {
        pointAt(Math.floorMod(highlighted + steps, choices.size()));
    }
}

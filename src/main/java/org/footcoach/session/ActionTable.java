package org.footcoach.session;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything a person can ask for, declared once in {@code actions.properties} beside this class: for each
 * {@link Command} its keys, spoken words and the words shown for it. Key bindings, the voice grammar, Help, the
 * session's buttons and "Heard: ..." are all read from here. Immutable; load once and share.
 */
public final class ActionTable {
    private static final String BUNDLE = "org.footcoach.session.actions";

    private final Map<Command, Action> actions;
    private final Map<String, String> keyNames;

    private ActionTable(Map<Command, Action> actions, Map<String, String> keyNames) {
        this.actions = actions;
        this.keyNames = keyNames;
    }

    /** The table the app ships. Throws {@link IllegalStateException} when a command has no row: a build defect. */
    public static ActionTable load() {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        Map<Command, Action> rows = new EnumMap<>(Command.class);
        for (String rowName : split(bundle.getString("actions"), " ")) {
            String series = optional(bundle, rowName + ".commands");
            if (series.isEmpty()) {
                Command command = Command.valueOf(rowName.toUpperCase(Locale.ROOT));
                rows.put(command, row(bundle, rowName, command, -1));
            } else {
                List<String> logNames = split(series, " ");
                for (int n = 0; n < logNames.size(); n++) {
                    Command command = Command.valueOf(logNames.get(n).toUpperCase(Locale.ROOT));
                    rows.put(command, row(bundle, rowName, command, n));
                }
            }
        }
        for (Command command : Command.values()) {
            if (!rows.containsKey(command)) {
                throw new IllegalStateException(BUNDLE + " has no row for " + command.logName());
            }
        }
        Map<String, String> keyNames = new java.util.HashMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith("key.")) {
                keyNames.put(key.substring(4), bundle.getString(key));
            }
        }
        return new ActionTable(rows, Map.copyOf(keyNames));
    }

    public Action action(Command command) {
        return actions.get(command);
    }

    /** Every action, one per command, in the table's order. */
    public List<Action> all() {
        return List.copyOf(actions.values());
    }

    /**
     * The rows of the table as Help and the README show them: one per action, except that the commands of one row
     * (the answers zero to ten) are one row, under the first of them, with all their words (none yet).
     */
    public List<Action> rows() {
        List<Action> rows = new ArrayList<>();
        for (Action action : actions.values()) {
            Action last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && last.what().equals(action.what())) {
                List<String> words = new ArrayList<>(last.words());
                words.addAll(action.words());
                rows.set(rows.size() - 1, new Action(last.command(), last.keys(), last.heldKeys(), words, last.name(),
                        last.what(), last.keysShown(), last.button(), last.touch()));
            } else {
                rows.add(action);
            }
        }
        return List.copyOf(rows);
    }

    /** Every key the table binds, pressed or held. */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        actions.values().forEach(a -> {
            keys.addAll(a.keys());
            keys.addAll(a.heldKeys());
        });
        return keys;
    }

    /** Keys that mean something else when held: they act when let go, short or long. */
    public Set<String> heldKeys() {
        Set<String> keys = new TreeSet<>();
        actions.values().forEach(a -> keys.addAll(a.heldKeys()));
        return keys;
    }

    /** What a press of {@code key} may mean, in the table's order: the screen in front chooses one. */
    public List<Command> meaningsOf(String key, boolean held) {
        List<Command> meanings = new ArrayList<>();
        actions.forEach((command, action) -> {
            if ((held ? action.heldKeys() : action.keys()).contains(key)) {
                meanings.add(command);
            }
        });
        return meanings;
    }

    /** How the controls table writes {@code key} (e.g. "Page Down"), or the key's own name when it has none. */
    public String shownName(String key) {
        return keyNames.getOrDefault(key, key);
    }

    /** The row {@code rowName}; {@code n} is the command's place in a row of several (its one word), else -1. */
    private static Action row(ResourceBundle bundle, String rowName, Command command, int n) {
        String p = rowName + ".";
        List<String> words = split(bundle.getString(p + "words"), ",");
        String name = bundle.getString(p + "name");
        String button = bundle.getString(p + "button");
        if (n >= 0) {
            if (!words.isEmpty() && words.size() <= n) {
                throw new IllegalStateException(BUNDLE + ": " + p + "words has no word for " + command.logName());
            }
            words = words.isEmpty() ? List.of() : List.of(words.get(n));
            name = MessageFormat.format(name, n);
            button = MessageFormat.format(button, n);
        }
        return new Action(command, split(bundle.getString(p + "keys"), " "), split(optional(bundle, p + "held"), " "),
                words, name, bundle.getString(p + "what"), bundle.getString(p + "keysShown"), button,
                bundle.getString(p + "touch"));
    }

    private static String optional(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException absent) {
            return "";
        }
    }

    private static List<String> split(String list, String separator) {
        return Arrays.stream(list.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}

package org.footcoach.ui;

import java.util.function.Supplier;

/**
 * One line of the Settings screen: a value the person steps with less and more (the pace, a dose, the voice), or an
 * action chosen as a whole (learn keys, record my voice, print). Its name names its controls ({@code setting-<name>}).
 */
public final class SettingRow {
    private final String name;
    private final String label;
    private final Supplier<String> value;
    private final Runnable less;
    private final Runnable more;
    private final Runnable choose;

    private SettingRow(String name, String label, Supplier<String> value, Runnable less, Runnable more,
                       Runnable choose) {
        this.name = name;
        this.label = label;
        this.value = value;
        this.less = less;
        this.more = more;
        this.choose = choose;
    }

    /** A value: {@code less} and {@code more} step it and save it; {@code value} says it as it is now. */
    public static SettingRow value(String name, String label, Supplier<String> value, Runnable less, Runnable more) {
        return new SettingRow(name, label, value, less, more, null);
    }

    /** An action: choosing the row does it. */
    public static SettingRow action(String name, String label, Runnable choose) {
        return new SettingRow(name, label, () -> "", null, null, choose);
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public String value() {
        return value.get();
    }

    public boolean isAction() {
        return choose != null;
    }

    void less() {
        less.run();
    }

    void more() {
        more.run();
    }

    void choose() {
        choose.run();
    }
}

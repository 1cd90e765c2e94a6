package org.footcoach.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.footcoach.session.ReadyMode;
import org.footcoach.session.SessionSettings;

/**
 * The Settings rows that are not doses: counting pace, what happens before standing work, the voice, its speed and
 * volume, the theme, voice commands and the microphone; then the actions (learn keys, record my voice, print).
 */
final class GeneralRows {
    /** Counting pace as a tempo factor, fastest first; each is a step of the session's slower and faster. */
    private static final double[] PACES = {0.76, 0.87, 1.0, 1.15, 1.32, 1.52, 1.75, 2.0};
    private static final double[] VOICE_SPEEDS = {0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3};

    private final PreferencesEditor editor;
    private final SettingsChoices choices;

    GeneralRows(PreferencesEditor editor, SettingsChoices choices) {
        this.editor = editor;
        this.choices = choices;
    }

    List<SettingRow> values() {
        List<SettingRow> rows = new ArrayList<>();
        rows.add(SettingRow.value("pace", UiText.get("settings.pace"),
                () -> UiText.get("settings.pace." + nearest(PACES, editor.now().tempoFactor())),
                () -> pace(-1), () -> pace(1)));
        rows.add(SettingRow.value("before-standing", UiText.get("settings.beforeStanding"),
                () -> UiText.get("settings.beforeStanding." + editor.now().readyMode().name()),
                this::toggleReady, this::toggleReady));
        rows.add(choiceRow("voice", choices.voices(), next -> editor.change(p -> p.withVoice(next)),
                () -> editor.now().voice()));
        rows.add(SettingRow.value("voice-speed", UiText.get("settings.voiceSpeed"),
                () -> speedText(editor.now().voiceSpeed()), () -> speed(-1), () -> speed(1)));
        rows.add(SettingRow.value("volume", UiText.get("settings.volume"),
                () -> UiText.get("settings.volume.value", volume(), choices.loudestVolumeStep()),
                () -> volume(-1), () -> volume(1)));
        rows.add(SettingRow.value("theme", UiText.get("settings.theme"),
                () -> UiText.get("settings.theme." + theme().name()), this::toggleTheme, this::toggleTheme));
        rows.add(SettingRow.value("voice-commands", UiText.get("settings.voiceCommands"),
                () -> UiText.get("settings.voiceCommands." + editor.now().voiceCommands()),
                this::toggleVoiceCommands, this::toggleVoiceCommands));
        rows.add(choiceRow("microphone", choices.microphones(), next -> editor.change(p -> p.withMicrophone(next)),
                () -> editor.now().microphone()));
        return rows;
    }

    static List<SettingRow> actions(SettingsActions actions, Consumer<String> told) {
        List<SettingRow> rows = new ArrayList<>();
        rows.add(SettingRow.action("learn-keys", UiText.get("settings.learnKeys"), actions::learnKeys));
        if (actions.canRecordVoice()) {
            rows.add(SettingRow.action("record-voice", UiText.get("settings.recordVoice"), actions::recordVoice));
        }
        if (actions.canPrint()) {
            rows.add(SettingRow.action("print", UiText.get("settings.print"), () -> actions.print(told)));
        }
        return rows;
    }

    /** A row that steps through "the usual one" and then {@code names}. */
    private SettingRow choiceRow(String name, List<String> names, Consumer<Optional<String>> set,
                                 Supplier<Optional<String>> now) {
        List<Optional<String>> all = new ArrayList<>();
        all.add(Optional.empty());
        names.forEach(n -> all.add(Optional.of(n)));
        Runnable less = () -> set.accept(all.get(Math.max(0, indexIn(all, now.get()) - 1)));
        Runnable more = () -> set.accept(all.get(Math.min(all.size() - 1, indexIn(all, now.get()) + 1)));
        return SettingRow.value(name, UiText.get("settings." + name),
                () -> now.get().map(chosen -> UiText.getOr("settings." + name + ".named." + chosen, chosen))
                        .orElse(UiText.get("settings." + name + ".usual")), less, more);
    }

    private static int indexIn(List<Optional<String>> all, Optional<String> chosen) {
        return Math.max(0, all.indexOf(chosen));
    }

    private void pace(int by) {
        int next = Math.max(0, Math.min(PACES.length - 1, nearest(PACES, editor.now().tempoFactor()) + by));
        double factor = Math.max(SessionSettings.FASTEST, Math.min(SessionSettings.SLOWEST, PACES[next]));
        editor.change(p -> p.withTempoFactor(factor));
    }

    private void toggleReady() {
        ReadyMode next = editor.now().readyMode() == ReadyMode.COUNTDOWN ? ReadyMode.WAIT_FOR_GO : ReadyMode.COUNTDOWN;
        editor.change(p -> p.withReadyMode(next));
    }

    private void speed(int by) {
        int next = Math.max(0, Math.min(VOICE_SPEEDS.length - 1,
                nearest(VOICE_SPEEDS, editor.now().voiceSpeed()) + by));
        editor.change(p -> p.withVoiceSpeed(VOICE_SPEEDS[next]));
    }

    private String speedText(double speed) {
        long percent = Math.round(speed * 100);
        return percent == 100 ? UiText.get("settings.voiceSpeed.normal") : UiText.get("settings.voiceSpeed.value",
                percent);
    }

    private int volume() {
        return editor.now().volumeStep().orElse(choices.usualVolumeStep());
    }

    private void volume(int by) {
        int next = Math.max(0, Math.min(choices.loudestVolumeStep(), volume() + by));
        editor.change(p -> p.withVolumeStep(OptionalInt.of(next)));
    }

    private Theme theme() {
        return editor.now().theme().flatMap(Theme::named).orElse(Theme.LIGHT);
    }

    private void toggleTheme() {
        Theme next = theme() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT;
        editor.change(p -> p.withTheme(Optional.of(next.optionName())));
    }

    private void toggleVoiceCommands() {
        editor.change(p -> p.withVoiceCommands(!p.voiceCommands()));
    }

    /** Index of the entry of {@code values} nearest {@code value}. */
    private static int nearest(double[] values, double value) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (Math.abs(values[i] - value) < Math.abs(values[best] - value)) {
                best = i;
            }
        }
        return best;
    }
}

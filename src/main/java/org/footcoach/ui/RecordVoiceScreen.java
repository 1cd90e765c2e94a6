package org.footcoach.ui;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.border.EmptyBorder;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;

/**
 * Record my voice, in large print: one phrase at a time, where it is in the list ("12 of 140") and whose voice says
 * it now, what to do, then the phrase's words as they are said, as large as they fit; below, the buttons of the
 * moment, the one a pedal's press chooses highlighted: Back, Record and Next while choosing; a level meter and Stop
 * while recording; then the choices for the take. With no microphone, one line says so. It draws and forwards to its
 * {@link RecordVoiceController}: a touch sends its command (a choice is pointed at, then "go"), and the keys of the
 * table of actions act on the whole window.
 */
public final class RecordVoiceScreen extends JPanel {
    public static final String SCREEN_NAME = "record-voice";
    private static final String NORMAL = "large";
    private static final String HIGHLIGHTED = "large highlighted";

    private final RecordVoiceController controller;
    private final CommandSink commands;
    private final TitleOrHeard title = new TitleOrHeard("record-title", UiText.get("recordVoice.title"));
    private final JLabel position = StyledLabel.of("record-position", "progress", "");
    private final WrappingText noMicrophone = text("record-no-microphone",
            UiText.get("recordVoice.noMicrophone"), "banner");
    private final StepText phrase = new StepText("record-phrase");
    private final WrappingText hint = text("record-hint", "", "body");
    private final LevelMeter meter = new LevelMeter("record-level");
    private final CardLayout stages = new CardLayout();
    private final JPanel buttons = new JPanel(stages);
    private final TouchButton open;
    private final Map<RecordVoiceController.Choice, TouchButton> choiceButtons =
            new EnumMap<>(RecordVoiceController.Choice.class);
    private final JPanel choices = new JPanel();

    public RecordVoiceScreen(RecordVoiceController controller, CommandSink commands) {
        super(new GridBagLayout());
        this.controller = controller;
        this.commands = commands;
        setName("record-voice-screen");
        int margin = ThemeMetric.scaled("FootCoach.screenMargin");
        int gap = ThemeMetric.scaled("FootCoach.gap");
        setBorder(new EmptyBorder(margin, margin, margin, margin));
        noMicrophone.setOpaque(true);
        open = new TouchButton("record-open", "", HIGHLIGHTED, () -> commands.send(Command.GO, CommandSource.TOUCH));
        for (RecordVoiceController.Choice choice : RecordVoiceController.Choice.values()) {
            choiceButtons.put(choice, new TouchButton("record-choice-" + choice.name().toLowerCase(Locale.ROOT),
                    UiText.get("recordVoice.choice." + choice.name().toLowerCase(Locale.ROOT)), NORMAL, () -> {
                        controller.pointAt(choice);
                        commands.send(Command.GO, CommandSource.TOUCH);
                    }));
        }
        layOut(gap);
        new ScreenKeys().bind(this, commands);
        controller.onChange(this::showNow);
        controller.onLevel(meter::show);
        showNow();
    }

    /** "Heard: Next", for a moment in the title's place: a command was heard, whether or not it acts. EDT. */
    public void heard(Command command) {
        title.heard(command);
    }

    private void layOut(int gap) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        TouchButton leave = new TouchButton("record-back", UiText.get("recordVoice.back"), NORMAL,
                () -> commands.send(Command.STOP, CommandSource.TOUCH));
        add(StyledLabel.titleRow(title, leave, gap), c);
        c.insets = new Insets(gap / 2, 0, 0, 0);
        add(position, c);
        add(noMicrophone, c);
        add(hint, c);
        // The phrase takes the room left, as large as it fits; the buttons stay at the bottom, where a finger finds
        // them whatever its length.
        c.weighty = 1;
        c.fill = GridBagConstraints.BOTH;
        add(phrase, c);
        c.weighty = 0;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(gap, 0, 0, 0);
        buttons.setOpaque(false);
        buttons.add(choosingRow(gap), RecordVoiceController.Stage.CHOOSING.name());
        buttons.add(recordingRow(gap), RecordVoiceController.Stage.RECORDING.name());
        choices.setOpaque(false);
        choices.setLayout(new GridLayout(2, 2, gap, gap));
        buttons.add(choices, RecordVoiceController.Stage.HEARING_TAKE.name());
        add(buttons, c);
    }

    private JPanel choosingRow(int gap) {
        JPanel row = new JPanel(new BorderLayout(gap, 0));
        row.setOpaque(false);
        row.add(new TouchButton("record-previous", UiText.action(Command.BACK).button(), NORMAL,
                () -> commands.send(Command.BACK, CommandSource.TOUCH)), BorderLayout.LINE_START);
        row.add(open, BorderLayout.CENTER);
        row.add(new TouchButton("record-next", UiText.action(Command.NEXT).button(), NORMAL,
                () -> commands.send(Command.NEXT, CommandSource.TOUCH)), BorderLayout.LINE_END);
        return row;
    }

    private JPanel recordingRow(int gap) {
        JPanel row = new JPanel(new BorderLayout(gap, 0));
        row.setOpaque(false);
        row.add(meter, BorderLayout.CENTER);
        row.add(new TouchButton("record-stop", UiText.get("recordVoice.stop"), HIGHLIGHTED,
                () -> commands.send(Command.GO, CommandSource.TOUCH)), BorderLayout.LINE_END);
        return row;
    }

    private void showNow() {
        RecordablePhrases.Phrase shown = controller.phrase();
        boolean own = controller.ownVoice();
        position.setText(UiText.get(own ? "recordVoice.positionOwn" : "recordVoice.positionApp",
                controller.position(), controller.count()));
        phrase.setText(shown.text());
        noMicrophone.setVisible(controller.noMicrophoneFound());
        hint.setText(hintText(own));
        RecordVoiceController.Stage stage = controller.stage();
        open.setText(UiText.get(own ? "recordVoice.open" : "recordVoice.record"));
        open.setVisible(own || !controller.noMicrophoneFound());
        if (stage == RecordVoiceController.Stage.HEARING_TAKE || stage == RecordVoiceController.Stage.HEARING_SAVED) {
            showChoices(controller.choices(), controller.highlighted());
            stages.show(buttons, RecordVoiceController.Stage.HEARING_TAKE.name());
        } else {
            stages.show(buttons, stage.name());
        }
        revalidate();
        repaint();
    }

    private void showChoices(List<RecordVoiceController.Choice> shown, RecordVoiceController.Choice highlighted) {
        choices.removeAll();
        for (RecordVoiceController.Choice choice : shown) {
            TouchButton button = choiceButtons.get(choice);
            button.style(choice == highlighted ? HIGHLIGHTED : NORMAL);
            choices.add(button);
        }
    }

    private String hintText(boolean own) {
        return switch (controller.notice()) {
            case NOTHING_HEARD -> UiText.get("recordVoice.nothingHeard");
            case FAILED -> controller.failure();
            case NONE -> UiText.get("recordVoice.hint." + switch (controller.stage()) {
                case CHOOSING -> own ? "saved" : controller.noMicrophoneFound() ? "noMicrophone" : "choose";
                case RECORDING -> "recording";
                case HEARING_TAKE -> "take";
                case HEARING_SAVED -> "hearSaved";
            });
        };
    }

    private static WrappingText text(String name, String text, String style) {
        WrappingText area = new WrappingText(name, text, style);
        area.setColumns(1);
        return area;
    }
}

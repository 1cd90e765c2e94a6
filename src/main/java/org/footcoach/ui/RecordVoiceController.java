package org.footcoach.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Phrases;
import org.footcoach.session.ScreenController;

/**
 * What commands do on the Record my voice screen, one phrase at a time, so a pedal alone does it all.
 * <ul>
 * <li>Choosing a phrase: "next" and "back" move through the phrases (wrapping round); "go" records one that has no
 * recording yet, or opens the one saved (it plays, then: keep it, hear it, record again, or back to the app's voice);
 * "stop" (Escape, "Back to settings") leaves.</li>
 * <li>Recording: any press ends it (a spoken word does not: it is the phrase being said); "stop" ends it and lets it
 * go. The recorder also ends it at its longest.</li>
 * <li>Then the take plays, and the choices are: keep it (and go on to the next phrase), hear it again, record again,
 * or do not keep it. "next" and "back" move the highlight, "go" chooses; "stop" lets the take go.</li>
 * </ul>
 * A pedal's short press chooses and a long one moves on ({@link #keyMeans}). Swing-free; use on the EDT.
 */
public final class RecordVoiceController implements ScreenController, PhraseRecorder.Events {

    /** What the screen is doing. */
    enum Stage { CHOOSING, RECORDING, HEARING_TAKE, HEARING_SAVED }

    /** What can be chosen after a take, or for a phrase already recorded. */
    enum Choice { KEEP, PLAY, REDO, DROP, DELETE }

    /** A line under the phrase, besides the one that says there is no microphone. */
    enum Notice { NONE, NOTHING_HEARD, FAILED }

    private final List<RecordablePhrases.Phrase> phrases;
    private final PhraseRecorder recorder;
    private final Runnable back;
    private Runnable changed = () -> { };
    private DoubleConsumer levelShown = level -> { };
    private Stage stage = Stage.CHOOSING;
    private int index;
    private int highlighted;
    private boolean noMicrophone;
    private boolean letTakeGo;
    private Notice notice = Notice.NONE;
    private String failure = "";

    /**
     * @param phrases  the phrases to record, in order (see {@link RecordablePhrases})
     * @param recorder the microphone, the sound and the folder of recordings
     * @param back     goes back to where the screen was opened from
     */
    RecordVoiceController(List<RecordablePhrases.Phrase> phrases, PhraseRecorder recorder, Runnable back) {
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("nothing to record");
        }
        this.phrases = List.copyOf(phrases);
        this.recorder = recorder;
        this.back = back;
        recorder.tell(this);
        recorder.checkMicrophone();
    }

    /** Every phrase that can be recorded ({@link RecordablePhrases}), the first shown first. */
    public static RecordVoiceController forEveryPhrase(PhraseRecorder recorder, Runnable back) {
        return new RecordVoiceController(RecordablePhrases.of(new Phrases()), recorder, back);
    }

    @Override
    public boolean act(Command command, CommandSource source) {
        return switch (stage) {
            case CHOOSING -> choosing(command);
            case RECORDING -> recording(command, source);
            case HEARING_TAKE, HEARING_SAVED -> hearing(command);
        };
    }

    /** A short press of Space, Enter or the pedal chooses; the arrows and a long press of the pedal move. */
    @Override
    public Command keyMeans(List<Command> meanings) {
        return meanings.contains(Command.GO) ? Command.GO : meanings.get(0);
    }

    @Override
    public String whereNow() {
        return "record-voice " + stage.name().toLowerCase(Locale.ROOT);
    }

    private boolean choosing(Command command) {
        switch (command) {
            case NEXT -> move(1);
            case BACK -> move(-1);
            case GO, DONE -> {
                return open();
            }
            case STOP -> {
                recorder.leave();
                back.run();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean recording(Command command, CommandSource source) {
        if (source == CommandSource.VOICE || letTakeGo) {
            return false;
        }
        letTakeGo = command == Command.STOP;
        recorder.stop();
        return true;
    }

    private boolean hearing(Command command) {
        List<Choice> choices = choices();
        switch (command) {
            case NEXT -> highlighted = Math.floorMod(highlighted + 1, choices.size());
            case BACK -> highlighted = Math.floorMod(highlighted - 1, choices.size());
            case GO, DONE -> choose(choices.get(highlighted));
            case STOP -> {
                if (stage == Stage.HEARING_TAKE) {
                    recorder.drop();
                }
                toChoosing();
            }
            default -> {
                return false;
            }
        }
        changed.run();
        return true;
    }

    private void move(int steps) {
        index = Math.floorMod(index + steps, phrases.size());
        notice = Notice.NONE;
        changed.run();
    }

    /** Records a phrase not recorded yet; opens a saved one to hear it and choose. */
    private boolean open() {
        if (recorder.saved(phrase().key())) {
            stage = Stage.HEARING_SAVED;
            highlighted = 0;
            notice = Notice.NONE;
            recorder.playSaved(phrase().key());
            changed.run();
            return true;
        }
        return startRecording();
    }

    private boolean startRecording() {
        if (noMicrophone) {
            return false;
        }
        stage = Stage.RECORDING;
        letTakeGo = false;
        notice = Notice.NONE;
        levelShown.accept(0);
        recorder.record(phrase().key());
        changed.run();
        return true;
    }

    private void choose(Choice choice) {
        String key = phrase().key();
        switch (choice) {
            case KEEP -> {
                if (stage == Stage.HEARING_TAKE) {
                    recorder.keep(key);
                }
                toChoosing();
                index = Math.floorMod(index + 1, phrases.size());
            }
            case PLAY -> {
                if (stage == Stage.HEARING_TAKE) {
                    recorder.playTake();
                } else {
                    recorder.playSaved(key);
                }
            }
            case REDO -> {
                if (stage == Stage.HEARING_TAKE) {
                    recorder.drop();
                }
                startRecording();
            }
            case DROP -> {
                recorder.drop();
                toChoosing();
            }
            case DELETE -> {
                recorder.delete(key);
                toChoosing();
            }
        }
    }

    private void toChoosing() {
        stage = Stage.CHOOSING;
        highlighted = 0;
    }

    @Override
    public void level(double level) {
        if (stage == Stage.RECORDING) {
            levelShown.accept(level);
        }
    }

    @Override
    public void recorded(boolean heard) {
        if (stage != Stage.RECORDING) {
            return;
        }
        if (letTakeGo || !heard) {
            recorder.drop();
            notice = heard ? Notice.NONE : Notice.NOTHING_HEARD;
            toChoosing();
        } else {
            stage = Stage.HEARING_TAKE;
            highlighted = 0;
            recorder.playTake();
        }
        changed.run();
    }

    @Override
    public void noMicrophone() {
        noMicrophone = true;
        if (stage == Stage.RECORDING) {
            toChoosing();
        }
        changed.run();
    }

    @Override
    public void failed(String sentence) {
        notice = Notice.FAILED;
        failure = sentence;
        changed.run();
    }

    /** The choices now, first the one highlighted at the start; empty while choosing a phrase or recording. */
    List<Choice> choices() {
        return switch (stage) {
            case HEARING_TAKE -> noMicrophone ? List.of(Choice.KEEP, Choice.PLAY, Choice.DROP)
                    : List.of(Choice.KEEP, Choice.PLAY, Choice.REDO, Choice.DROP);
            case HEARING_SAVED -> noMicrophone ? List.of(Choice.KEEP, Choice.PLAY, Choice.DELETE)
                    : List.of(Choice.KEEP, Choice.PLAY, Choice.REDO, Choice.DELETE);
            default -> List.of();
        };
    }

    /** A finger on {@code choice}: the "go" it sends is for that one. */
    void pointAt(Choice choice) {
        int at = choices().indexOf(choice);
        if (at >= 0) {
            highlighted = at;
        }
    }

    Choice highlighted() {
        List<Choice> choices = choices();
        return choices.isEmpty() ? null : choices.get(highlighted);
    }

    Stage stage() {
        return stage;
    }

    RecordablePhrases.Phrase phrase() {
        return phrases.get(index);
    }

    /** Where the phrase shown is in the list, from 1. */
    int position() {
        return index + 1;
    }

    int count() {
        return phrases.size();
    }

    /** Whether the phrase shown is said in the person's own voice. */
    boolean ownVoice() {
        return recorder.saved(phrase().key());
    }

    boolean noMicrophoneFound() {
        return noMicrophone;
    }

    Notice notice() {
        return notice;
    }

    /** What went wrong, when {@link #notice()} is {@link Notice#FAILED}. */
    String failure() {
        return failure;
    }

    /** The screen redraws through this after every change. */
    void onChange(Runnable listener) {
        changed = listener;
    }

    /** The meter follows the microphone through this while recording. */
    void onLevel(DoubleConsumer listener) {
        levelShown = listener;
    }
}

package org.footcoach.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.footcoach.listen.AudioUnavailableException;
import org.footcoach.listen.MicrophoneSource;
import org.footcoach.listen.ReopeningMicrophone;
import org.footcoach.listen.VoiceMessages;
import org.footcoach.listen.WavFileSource;
import org.footcoach.speech.AudioOutput;
import org.footcoach.speech.OwnRecordings;
import org.footcoach.speech.PhraseSpeaker;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.RecordVoiceController;
import org.footcoach.ui.RecordVoiceScreen;

/**
 * Opens Record my voice in the window, with its controller in front of the {@link CommandRouter}: the phrases are
 * recorded from {@code microphone} into {@code voice/} of the data folder and played on the app's sound output.
 * Call {@link #show} on the EDT.
 */
final class RecordVoiceFlow {
    private static final Executor EDT = SwingUtilities::invokeLater;

    private final AppWindow window;
    private final CommandRouter commands;
    private final Path dataFolder;
    private final CompletableFuture<AudioOutput> output;
    private final ReopeningMicrophone.Opener microphone;
    private final Consumer<String> recordingChanged;
    private final PhraseSpeaker.Saying playing;

    /**
     * @param recordingChanged told the phrase key whose recording was saved or deleted: the phrase cache's
     *                         {@code forget}
     * @param playing          told the words and length of each recording played (the echo guard's
     *                         {@code speakingNow}), so voice commands do not take them for the person
     */
    RecordVoiceFlow(AppWindow window, CommandRouter commands, Path dataFolder, CompletableFuture<AudioOutput> output,
                    ReopeningMicrophone.Opener microphone, Consumer<String> recordingChanged,
                    PhraseSpeaker.Saying playing) {
        this.window = window;
        this.commands = commands;
        this.dataFolder = dataFolder;
        this.output = output;
        this.microphone = microphone;
        this.recordingChanged = recordingChanged;
        this.playing = playing;
    }

    /** Shows the screen; leaving it ("Back to settings", Escape) runs {@code back}. */
    void show(Runnable back) {
        MicrophoneRecorder recorder = new MicrophoneRecorder(microphone,
                new OwnRecordings(dataFolder.resolve(RecordedVoice.FOLDER)), output, recordingChanged, playing, EDT);
        RecordVoiceController controller = RecordVoiceController.forEveryPhrase(recorder, back);
        RecordVoiceScreen screen = new RecordVoiceScreen(controller, commands);
        commands.show(new CommandRouter.Front(controller, EDT, screen::heard));
        window.show(RecordVoiceScreen.SCREEN_NAME, screen);
    }

    /**
     * The input to record from: the recording {@code --mic-file} names (played in at the pace it was spoken), else
     * the microphone named (part of its name is enough), else the first that opens. Opened afresh for each take.
     */
    static ReopeningMicrophone.Opener microphone(Path micFile, Optional<String> micName) {
        if (micFile != null) {
            return () -> {
                try {
                    return WavFileSource.realTime(micFile);
                } catch (IOException e) {
                    throw new AudioUnavailableException(e.getMessage(), e);
                }
            };
        }
        VoiceMessages messages = new VoiceMessages();
        return () -> MicrophoneSource.open(micName, messages);
    }
}

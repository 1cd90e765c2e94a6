package org.footcoach.app;

import java.nio.file.Path;
import java.util.Optional;
import org.footcoach.listen.MicrophoneSource;
import org.footcoach.listen.ReopeningMicrophone;
import org.footcoach.listen.VoiceMessages;
import org.footcoach.listen.WavFileSource;
import org.footcoach.listen.cancel.EchoCancellingSource;
import org.footcoach.listen.cancel.PlayedAudio;

/**
 * What the command line asked of voice commands: on or off ({@code --no-voice-commands}), a recording played in as
 * the microphone ({@code --mic-file}), or a microphone picked by part of its name ({@code --mic}).
 */
record VoiceInputChoice(boolean on, Path micFile, String micName) {

    /** Voice commands off, as with {@code --no-voice-commands}. */
    static VoiceInputChoice off() {
        return new VoiceInputChoice(false, null, null);
    }

    /**
     * The source this choice names. Opening a file may fail with one sentence. A microphone that is not there is
     * waited for, and one that stops later is opened again. It hears the loudspeaker too, so what {@code played}
     * records of it is taken out; a recording never heard the app.
     */
    VoiceInput.Opener opener(PlayedAudio played) {
        return missing -> {
            if (micFile != null) {
                return WavFileSource.realTime(micFile);
            }
            VoiceMessages messages = new VoiceMessages();
            return new EchoCancellingSource(ReopeningMicrophone.openWhenThere(
                    () -> MicrophoneSource.open(Optional.ofNullable(micName), messages), missing), played);
        };
    }
}

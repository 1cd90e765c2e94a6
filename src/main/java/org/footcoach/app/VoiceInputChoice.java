package org.footcoach.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.footcoach.listen.MicrophoneSource;
import org.footcoach.listen.ReopeningMicrophone;
import org.footcoach.listen.VoiceMessages;
import org.footcoach.listen.WavFileSource;
import org.footcoach.listen.cancel.EchoCancellingSource;
import org.footcoach.listen.cancel.PlayedAudio;

/**
 * What the command line or Settings asked of voice commands: on or off ({@code --no-voice-commands}), a recording
 * played in as the microphone ({@code --mic-file}), or a microphone picked by part of its name ({@code --mic}, which
 * is waited for when it is not there; or chosen in Settings, {@code micOrDefault}, when the first that opens is
 * taken instead, with one line).
 */
record VoiceInputChoice(boolean on, Path micFile, String micName, boolean micOrDefault) {

    /** A microphone named on the command line, waited for when it is not there. */
    VoiceInputChoice(boolean on, Path micFile, String micName) {
        this(on, micFile, micName, false);
    }

    /** Voice commands off, as with {@code --no-voice-commands}. */
    static VoiceInputChoice off() {
        return new VoiceInputChoice(false, null, null);
    }

    /** Voice commands on or off as chosen in Settings, on the microphone chosen there (or the first that opens). */
    static VoiceInputChoice fromSettings(boolean on, Optional<String> microphone) {
        return new VoiceInputChoice(on, null, microphone.orElse(null), true);
    }

    /**
     * The source this choice names. Opening a file may fail with one sentence. A microphone that is not there is
     * waited for, and one that stops later is opened again. It hears the loudspeaker too, so what {@code played}
     * records of it is taken out; a recording never heard the app.
     */
    VoiceInput.Opener opener(PlayedAudio played, Consumer<String> otherMicrophone) {
        return missing -> {
            if (micFile != null) {
                return WavFileSource.realTime(micFile);
            }
            VoiceMessages messages = new VoiceMessages();
            Optional<String> wanted = wanted(MicrophoneSource.available(), otherMicrophone);
            return new EchoCancellingSource(ReopeningMicrophone.openWhenThere(
                    () -> MicrophoneSource.open(wanted, messages), missing), played);
        };
    }

    /**
     * The microphone to open: the one named, unless it was chosen in Settings and none of {@code available} has
     * its name; then the first that opens, said in one line to {@code otherMicrophone}.
     */
    Optional<String> wanted(List<String> available, Consumer<String> otherMicrophone) {
        if (micName == null || !micOrDefault || available.stream().anyMatch(name -> name.contains(micName))) {
            return Optional.ofNullable(micName);
        }
        otherMicrophone.accept(CliText.get("voice.otherMicrophone", micName));
        return Optional.empty();
    }
}

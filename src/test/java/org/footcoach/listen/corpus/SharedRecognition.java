package org.footcoach.listen.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.footcoach.listen.recognise.CommandGrammar;
import org.footcoach.listen.recognise.RecognitionThresholds;

/** One loaded model for all voice tests in a run (loading takes seconds); the holder is initialised once, lazily. */
public final class SharedRecognition {

    private SharedRecognition() {
    }

    private static final class Holder {
        static final Recognition RECOGNITION = load();

        private static Recognition load() {
            Tools.require("espeak-ng");
            Tools.require("sox");
            try {
                return new Recognition(Recognition.testModel(), CommandGrammar.standard(),
                        RecognitionThresholds.measured());
            } catch (IOException e) {
                throw new UncheckedIOException("The voice model cannot be loaded", e);
            }
        }
    }

    public static Recognition get() {
        return Holder.RECOGNITION;
    }
}

package org.footcoach.listen.corpus;

import org.footcoach.session.Command;

/**
 * One corpus recording: 16 kHz mono samples, what was said, and the command it should give (null for a decoy).
 *
 * @param wordEndSample where the spoken words end in {@code samples}
 */
public record Utterance(String text, String speaker, Command expected, short[] samples, int wordStartSample,
                        int wordEndSample) {

    public boolean isDecoy() {
        return expected == null;
    }

    public long wordEndMillis() {
        return wordEndSample / 16L;
    }
}

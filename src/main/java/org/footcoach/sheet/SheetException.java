package org.footcoach.sheet;

/** The sheet could not be written; the message says which file and why, in one sentence. */
public class SheetException extends RuntimeException {
    SheetException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.footcoach.store;

/** A history file this version cannot read; {@code setAside}: whether it is broken (else only newer). */
final class HistoryFileException extends Exception {
    private final boolean setAside;

    HistoryFileException(String message, boolean setAside) {
        super(message);
        this.setAside = setAside;
    }

    boolean setAside() {
        return setAside;
    }
}

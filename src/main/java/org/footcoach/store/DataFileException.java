package org.footcoach.store;

/** A data file (history, settings) this version cannot read; {@code setAside}: whether it is broken (else newer). */
final class DataFileException extends Exception {
    private final boolean setAside;

    DataFileException(String message, boolean setAside) {
        super(message);
        this.setAside = setAside;
    }

    boolean setAside() {
        return setAside;
    }
}

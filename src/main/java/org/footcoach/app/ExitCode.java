package org.footcoach.app;

/** Exit codes of the command line. */
final class ExitCode {
    static final int OK = 0;
    static final int PROBLEM = 1;
    static final int BAD_ARGUMENTS = 2;

    private ExitCode() {
    }
}

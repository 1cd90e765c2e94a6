package org.footcoach.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Asks for a PIN on the command line: hidden on a terminal, else one line read from standard input. */
@FunctionalInterface
interface PinPrompt {
    /** The PIN typed after {@code prompt}, or null at the end of the input. */
    char[] ask(String prompt) throws IOException;

    /** The terminal without echo when there is one, else standard input (for a script: {@code echo 2468 | ...}). */
    static PinPrompt standard(PrintWriter out) {
        Console console = System.console();
        if (console != null) {
            return console::readPassword;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return prompt -> {
            out.print(prompt);
            out.flush();
            String line = in.readLine();
            return line == null ? null : line.trim().toCharArray();
        };
    }
}

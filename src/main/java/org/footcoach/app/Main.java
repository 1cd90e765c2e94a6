package org.footcoach.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: {@code java -jar foot-coach.jar [options]}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args);
        // Code 0 may mean the window is up: the JVM then lives on until the window closes.
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the command line without exiting the JVM; returns the exit code. A window, if any, stays open. */
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        return run(args, PinPrompt.standard(out), out, new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    }

    /**
     * As {@link #run(String[])}, writing to the given streams. Exit codes: 0 fine, 1 a problem with a file or the
     * screen (one line on {@code err}), 2 bad arguments (one line on {@code err}).
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, PinPrompt.standard(out), out, err);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, asking for a PIN through {@code pins}. */
    static int run(String[] args, PinPrompt pins, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new FootCoachCommand(out, err, pins));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((problem, arguments) -> {
            err.println(CliText.get("error.arguments", problem.getMessage()));
            return ExitCode.BAD_ARGUMENTS;
        });
        commandLine.setExecutionExceptionHandler((problem, line, parsed) -> {
            err.println(CliText.get("error.unexpected", describe(problem)));
            return ExitCode.PROBLEM;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String describe(Exception problem) {
        return problem.getMessage() != null ? problem.getMessage() : problem.getClass().getSimpleName();
    }
}

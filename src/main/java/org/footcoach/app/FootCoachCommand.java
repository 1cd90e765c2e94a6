package org.footcoach.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line of PRODUCT.md, as far as it exists now. Descriptions are in cli.properties. */
@Command(name = "foot-coach", resourceBundle = CliText.BUNDLE_NAME, sortOptions = false,
        usageHelpAutoWidth = true)
final class FootCoachCommand implements Callable<Integer> {
    private final PrintWriter out;
    private final PrintWriter err;

    @Option(names = "--content", paramLabel = "FILE")
    Path content;

    @Option(names = "--data-dir", paramLabel = "DIR")
    Path dataDir;

    @Option(names = "--windowed", paramLabel = "WIDTHxHEIGHT", converter = WindowSize.Converter.class)
    WindowSize windowed;

    @Option(names = "--event-log", paramLabel = "FILE")
    Path eventLog;

    @Option(names = "--routine", paramLabel = "ID")
    String routine;

    @Option(names = "--validate", paramLabel = "FILE")
    Path validate;

    @Option(names = {"-h", "--help"}, usageHelp = true)
    boolean help;

    FootCoachCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (validate != null) {
            return new ContentCheck(out, err).check(validate);
        }
        return new DesktopLaunch(err).start(new LaunchOptions(content, dataDir, windowed, eventLog, routine));
    }
}

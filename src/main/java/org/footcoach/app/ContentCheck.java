package org.footcoach.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.footcoach.content.ContentError;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.ContentSummary;
import org.footcoach.content.LoadResult;

/** {@code --validate FILE}: one summary line and 0, or every error (one a line) and 1. */
final class ContentCheck {
    private final PrintWriter out;
    private final PrintWriter err;

    ContentCheck(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int check(Path file) {
        LoadResult result = ContentLoader.load(file);
        if (result.ok()) {
            out.println(ContentSummary.line(file.getFileName().toString(), result.content()));
            return ExitCode.OK;
        }
        for (ContentError error : result.errors()) {
            err.println(error.line());
        }
        return ExitCode.PROBLEM;
    }
}

package org.footcoach.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.footcoach.content.Content;
import org.footcoach.content.LoadResult;
import org.footcoach.content.Routine;
import org.footcoach.session.DoseChoices;
import org.footcoach.session.Phrases;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;
import org.footcoach.sheet.RoutineSheet;
import org.footcoach.sheet.SheetException;

/**
 * {@code --print-routine ID FILE.html}: the routine's printable sheet, written whole or not at all. Needs no screen
 * and no sound. Says in one line what was written, or why nothing was.
 */
final class SheetExport {
    private final PrintWriter out;
    private final PrintWriter err;

    SheetExport(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** {@code doses}: as set in Settings, so the sheet says what the sessions do. */
    int print(LoadResult content, String routineId, Path file, DoseChoices doses) {
        if (!content.ok()) {
            err.println(CliText.get("error.exportContent", content.errors().get(0).line(),
                    content.errors().size() - 1));
            return ExitCode.PROBLEM;
        }
        Content exercises = content.content();
        if (exercises.routine(routineId).isEmpty()) {
            err.println(CliText.get("error.unknownRoutine", routineId,
                    exercises.routines().stream().map(Routine::id).collect(Collectors.joining(", "))));
            return ExitCode.BAD_ARGUMENTS;
        }
        Optional<String> problem = ExportFile.problem(file);
        if (problem.isPresent()) {
            err.println(problem.get());
            return ExitCode.PROBLEM;
        }
        Plan plan = new PlanBuilder(new Phrases(), doses).build(exercises, routineId);
        try {
            new RoutineSheet().write(plan, file);
        } catch (SheetException e) {
            err.println(e.getMessage());
            return ExitCode.PROBLEM;
        }
        out.println(CliText.get("sheet.written", plan.routine().name(), file));
        return ExitCode.OK;
    }
}

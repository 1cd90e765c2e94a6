package org.footcoach.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.footcoach.content.Kind;
import org.footcoach.session.Ending;
import org.footcoach.session.ExerciseDone;
import org.footcoach.session.PastSession;

/**
 * A process that keeps saving sessions into the history folder given as its argument, as the app does (start, a save
 * after every set, end), and prints {@code ended ID} once each has been saved as finished. {@link KillRounds} kills it
 * at random moments.
 */
public final class HistoryWritingChild {
    private static final int EXERCISES = 11;

    private HistoryWritingChild() {
    }

    public static void main(String[] args) {
        HistoryStore store = HistoryStore.open(Path.of(args[0]), Clock.systemUTC(), System.err::println);
        System.out.println("ready");
        System.out.flush();
        while (true) {
            PastSession session = new PastSession(store.newId(), store.now(), Optional.empty(), "full", "Full routine",
                    Ending.IN_PROGRESS, OptionalInt.empty(), OptionalInt.empty(), exercises(0));
            store.save(session);
            for (int done = 1; done <= EXERCISES; done++) {
                session = session.progressed(exercises(done), store.now());
                store.save(session);
            }
            store.save(session.endedAs(Ending.FINISHED, store.now(), exercises(EXERCISES)));
            System.out.println("ended " + session.id());
            System.out.flush();
        }
    }

    /** The first {@code done} exercises done, the rest not yet. */
    private static List<ExerciseDone> exercises(int done) {
        List<ExerciseDone> all = new ArrayList<>();
        for (int i = 0; i < EXERCISES; i++) {
            int sets = i < done ? 2 : 0;
            all.add(new ExerciseDone("exercise-" + i, "Exercise " + i, Kind.REPS, 2, sets, 20, sets * 10, 0, 0, 0,
                    false, i < done));
        }
        return all;
    }
}

package org.footcoach.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import org.footcoach.session.PastSession;

/**
 * One week of the history chart, Monday to Sunday: how many sessions started in it, and the average of the answers
 * given to "How hard was that?" and "Any pain?" (empty when none was answered). Swing-free.
 */
record HistoryWeek(LocalDate monday, int sessions, OptionalDouble effort, OptionalDouble pain) {
    /** How many weeks the chart shows, this one the last. */
    static final int SHOWN = 8;

    /** The {@link #SHOWN} weeks up to the one holding {@code today}, oldest first, from {@code sessions}. */
    static List<HistoryWeek> lastWeeks(List<PastSession> sessions, LocalDate today, ZoneId zone) {
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<HistoryWeek> weeks = new ArrayList<>();
        for (int back = SHOWN - 1; back >= 0; back--) {
            LocalDate monday = thisMonday.minusWeeks(back);
            HistoryWeek empty = new HistoryWeek(monday, 0, OptionalDouble.empty(), OptionalDouble.empty());
            List<PastSession> in = sessions.stream()
                    .filter(s -> empty.contains(s.started().atZone(zone).toLocalDate())).toList();
            weeks.add(new HistoryWeek(monday, in.size(), average(in, PastSession::effort),
                    average(in, PastSession::pain)));
        }
        return List.copyOf(weeks);
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(monday) && day.isBefore(monday.plusWeeks(1));
    }

    private static OptionalDouble average(List<PastSession> sessions, Function<PastSession, OptionalInt> answer) {
        return sessions.stream().map(answer).filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt).average();
    }
}

package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RemindersTest {
    private final SessionSettings headless = SessionSettings.headless();

    @Test
    void repRemindersFallBetweenCountsOnlyWhenThereIsRoom() {
        List<Cue> cues = CueTimeline.render(Fixtures.plan("full"), Fixtures.wordLengths(), headless);
        List<Cue.Speech> rolls = Cues.speech(cues).stream()
                .filter(c -> c.exerciseId().filter("ankle-rolls"::equals).isPresent()).toList();
        int four = indexOfText(rolls, "Four");
        assertThat(rolls.get(four + 1).text()).isEqualTo("Slow and steady.");
        assertThat(rolls.get(four + 1).phraseKey()).contains("exercise.ankle-rolls.reminder.1");
        assertThat(rolls.get(four + 2).text()).isEqualTo("Five");
        assertThat(rolls.get(four + 2).atMillis()).isEqualTo(rolls.get(four).atMillis() + 2000);

        List<Cue.Speech> pumps = Cues.speech(cues).stream()
                .filter(c -> c.exerciseId().filter("ankle-pumps"::equals).isPresent()).toList();
        int pumpFour = indexOfText(pumps, "Four");
        assertThat(pumps.get(pumpFour + 1).text()).as("1.5 s beat: 'Slow and steady.' does not fit")
                .isEqualTo("Five");
        assertThat(pumps.get(pumpFour + 2 + 3).text()).as("'Breathe.' fits").isEqualTo("Breathe.");
    }

    @Test
    void timedRemindersComeMidwayBetweenClockCues() {
        Plan plan = new PlanBuilder().build(Fixtures.content(),
                new org.footcoach.content.Routine("t", "T", List.of("sensory-bucket")));
        List<Cue> cues = CueTimeline.render(plan, Fixtures.wordLengths(), headless);
        int start = TimelineTest.indexOfKey(cues, "work.start");
        long anchor = cues.get(start).endMillis() + headless.gapMillis();
        List<Cue> reminders = cues.stream()
                .filter(c -> Cues.key(c).filter(k -> k.contains(".reminder.")).isPresent()).toList();
        assertThat(reminders).hasSize(6);
        for (int k = 0; k < reminders.size(); k++) {
            assertThat(reminders.get(k).atMillis()).isEqualTo(anchor + 15_000L + 30_000L * k);
        }
    }

    @Test
    void holdsGetAReminderBeforeHold() {
        List<Cue> cues = CueTimeline.render(Fixtures.plan("hold-only"), Fixtures.wordLengths(), headless);
        int hold = TimelineTest.indexOfKey(cues, "hold.start");
        assertThat(Cues.key(cues.get(hold - 1))).contains("exercise.calf-stretch.reminder.1");
    }

    @Test
    void everySideAndSetStartsTheRemindersAgain() {
        for (String routine : List.of("full", "quick")) {
            Plan plan = Fixtures.plan(routine);
            Map<Place, List<String>> byRun = new LinkedHashMap<>();
            for (PlanStep step : plan.steps()) {
                String key = step.phraseKey();
                if (key != null && key.contains(".reminder.")) {
                    byRun.computeIfAbsent(step.place(), p -> new ArrayList<>())
                            .add(key.substring(key.lastIndexOf('.') + 1));
                }
            }
            assertThat(byRun).isNotEmpty();
            byRun.forEach((place, numbers) -> {
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < numbers.size(); i++) {
                    expected.add(String.valueOf(i % Fixtures.REMINDERS.size() + 1));
                }
                assertThat(numbers).as("reminders in %s", place).isEqualTo(expected);
            });
        }
    }

    @Test
    void timedWorkOnTheOtherFootStartsWithTheFirstReminder() {
        Plan plan = new PlanBuilder().build(Fixtures.content(),
                new org.footcoach.content.Routine("t", "T", List.of("foot-rolling")));
        List<Cue> cues = CueTimeline.render(plan, Fixtures.wordLengths(), headless);
        int otherSide = TimelineTest.indexOfKey(cues, "side.other");
        List<String> before = reminderKeys(cues.subList(0, otherSide));
        List<String> after = reminderKeys(cues.subList(otherSide, cues.size()));
        assertThat(before).containsExactly("exercise.foot-rolling.reminder.1", "exercise.foot-rolling.reminder.2",
                "exercise.foot-rolling.reminder.1", "exercise.foot-rolling.reminder.2");
        assertThat(after).isEqualTo(before);
    }

    private static List<String> reminderKeys(List<Cue> cues) {
        return cues.stream().flatMap(c -> Cues.key(c).stream()).filter(k -> k.contains(".reminder.")).toList();
    }

    private static int indexOfText(List<Cue.Speech> cues, String text) {
        for (int i = 0; i < cues.size(); i++) {
            if (text.equals(cues.get(i).text())) {
                return i;
            }
        }
        throw new AssertionError("no cue " + text);
    }
}

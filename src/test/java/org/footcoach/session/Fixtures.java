package org.footcoach.session;

import java.util.ArrayList;
import java.util.List;
import org.footcoach.content.Amount;
import org.footcoach.content.Content;
import org.footcoach.content.Dose;
import org.footcoach.content.Exercise;
import org.footcoach.content.Kind;
import org.footcoach.content.Position;
import org.footcoach.content.Routine;
import org.footcoach.content.Sides;
import org.footcoach.content.Source;
import org.footcoach.content.Support;

/** Test content shaped like the real routine: seated and standing, reps, holds, timed work, sides, set intros. */
final class Fixtures {
    static final long WORD_MILLIS = 350;
    static final long EARCON_MILLIS = 200;
    static final List<String> REMINDERS = List.of("Slow and steady.", "Breathe.");

    private Fixtures() {
    }

    /** 350 ms per word, 200 ms per earcon. */
    static SpeechLength wordLengths() {
        return new SpeechLength() {
            @Override
            public long sayMillis(String phraseKey, String text) {
                return WORD_MILLIS * text.trim().split("\\s+").length;
            }

            @Override
            public long earconMillis(Earcon earcon) {
                return EARCON_MILLIS;
            }
        };
    }

    static Content content() {
        List<Exercise> e = new ArrayList<>();
        e.add(reps("ankle-rolls", "Ankle rolls", Position.SEATED, true, 10, 2, 2.0,
                List.of("Circle one way.", "Now circle the other way.")));
        e.add(hold("hamstring-stretch", "Hamstring stretch", Position.SEATED, true, 20, 2));
        e.add(withEquipment(hold("calf-stretch", "Calf stretch", Position.SEATED, true, 20, 2),
                "A strap or belt", "a strap"));
        e.add(reps("ankle-pumps", "Ankle pumps", Position.STANDING, true, 10, 1, 1.5, List.of()));
        e.add(reps("heel-toe-raises", "Heel and toe raises", Position.STANDING, false, 12, 1, 2.0, List.of()));
        e.add(reps("kick-backs", "Kick backs", Position.STANDING, true, 10, 1, 2.0, List.of()));
        e.add(reps("marching", "Marching", Position.STANDING, true, 10, 1, 1.5, List.of()));
        e.add(withSides(hold("single-leg-balance", "Single-leg balance", Position.STANDING, true, 15, 1),
                new Sides("Stand on your left foot. Lift your right foot.",
                        "Stand on your right foot. Lift your left foot."), "Lift your foot now."));
        e.add(timed("foot-rolling", "Foot rolling", true, 2));
        e.add(withEquipment(timed("sensory-bucket", "Sensory bucket", false, 3), "A bucket of rice",
                "a bucket of rice"));
        e.add(reps("towel-scrunches", "Towel scrunches", Position.SEATED, true, 5, 1, 2.0, List.of()));
        List<Routine> routines = List.of(
                new Routine("full", "Full routine", e.stream().map(Exercise::id).toList()),
                new Routine("quick", "Quick", List.of("ankle-rolls", "ankle-pumps", "single-leg-balance",
                        "sensory-bucket")),
                new Routine("standing", "Standing", List.of("heel-toe-raises", "single-leg-balance")),
                new Routine("hold-only", "Hold only", List.of("calf-stretch")),
                new Routine("reps-only", "Reps only", List.of("heel-toe-raises")));
        return new Content(e, routines);
    }

    static Plan plan(String routineId) {
        return new PlanBuilder().build(content(), routineId);
    }

    static Exercise reps(String id, String name, Position position, boolean perSide, int reps, int sets,
                         double beat, List<String> setIntros) {
        Dose dose = new Dose(amount(reps), null, null, amount(sets), false);
        return exercise(id, name, position, Kind.REPS, perSide, dose, beat, setIntros);
    }

    static Exercise hold(String id, String name, Position position, boolean perSide, int seconds, int sets) {
        Dose dose = new Dose(null, amount(seconds), null, amount(sets), false);
        return exercise(id, name, position, Kind.HOLD, perSide, dose, 1.0, List.of());
    }

    static Exercise timed(String id, String name, boolean perSide, int minutes) {
        Dose dose = new Dose(null, null, amount(minutes), null, false);
        return exercise(id, name, Position.SEATED, Kind.TIMED, perSide, dose, 1.0, List.of());
    }

    private static Exercise exercise(String id, String name, Position position, Kind kind, boolean perSide,
                                     Dose dose, double beat, List<String> setIntros) {
        Support support = position == Position.STANDING ? Support.COUNTER : Support.CHAIR;
        return new Exercise(id, name, "Purpose of " + name + ".", position, support, List.of(), kind, perSide, dose,
                beat, List.of(name + " step one.", name + " step two."), setIntros, REMINDERS,
                List.of(name + " safety."), id + ".svg", null, List.of(), null, null);
    }

    static Exercise withEquipment(Exercise e, String shown, String said) {
        return new Exercise(e.id(), e.name(), e.purpose(), e.position(), e.support(), List.of(shown), e.kind(),
                e.perSide(), e.dose(), e.beatSeconds(), e.steps(), e.setIntros(), e.reminders(), e.safety(),
                e.picture(), e.variation(), List.of(said), e.sides(), e.holdStart());
    }

    static Exercise withSides(Exercise e, Sides sides, String holdStart) {
        return new Exercise(e.id(), e.name(), e.purpose(), e.position(), e.support(), e.equipment(), e.kind(),
                e.perSide(), e.dose(), e.beatSeconds(), e.steps(), e.setIntros(), e.reminders(), e.safety(),
                e.picture(), e.variation(), e.equipmentSaid(), sides, holdStart);
    }

    private static Amount amount(int value) {
        return new Amount(value, value, value, Source.GUIDE);
    }
}

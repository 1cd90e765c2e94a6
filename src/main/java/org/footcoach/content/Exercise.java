package org.footcoach.content;

import java.util.List;

/**
 * One exercise of the routine. Field names are the JSON keys of exercises.json.
 *
 * @param beatSeconds counting tempo: seconds per rep for REPS; holds and timed work count every second
 * @param setIntros   optional sentences said at the start of each set, e.g. a change of direction; may be empty
 * @param variation   an easier or different way the guide gives, or null
 * @param equipmentSaid what the voice calls each item of {@code equipment}, in the same order (one each)
 * @param sides       for a per-side exercise, what is said at the start of each side; null says it in general words
 * @param holdStart   for a hold, said just before each hold starts (e.g. "Lift your foot now."); may be null
 */
public record Exercise(
        String id,
        String name,
        String purpose,
        Position position,
        Support support,
        List<String> equipment,
        Kind kind,
        boolean perSide,
        Dose dose,
        double beatSeconds,
        List<String> steps,
        List<String> setIntros,
        List<String> reminders,
        List<String> safety,
        String picture,
        Variation variation,
        List<String> equipmentSaid,
        Sides sides,
        String holdStart) {

    public Exercise {
        equipment = List.copyOf(equipment);
        steps = List.copyOf(steps);
        setIntros = setIntros == null ? List.of() : List.copyOf(setIntros);
        reminders = List.copyOf(reminders);
        safety = List.copyOf(safety);
        equipmentSaid = equipmentSaid == null ? List.of() : List.copyOf(equipmentSaid);
    }

    /** True when the person needs something to hand for this exercise. */
    public boolean needsEquipment() {
        return !equipment.isEmpty();
    }

    public boolean standing() {
        return position == Position.STANDING;
    }
}

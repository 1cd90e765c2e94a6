package org.footcoach.content;

import com.google.gson.JsonElement;

import java.util.List;

import static org.footcoach.content.Problems.msg;

/** The rules for one exercise object. */
final class ExerciseCheck {
    static final int MAX_SENTENCE_CHARS = 200;
    static final int MAX_STEPS = 12;
    static final int MAX_EQUIPMENT_CHARS = 60;
    static final int MAX_EQUIPMENT_SAID_CHARS = 40;
    static final int MAX_EQUIPMENT = 6;
    static final double MIN_BEAT_SECONDS = 1.0;
    static final double MAX_BEAT_SECONDS = 10.0;

    private ExerciseCheck() {
    }

    /** Checks the exercise at path and returns its id, or null when the id is unusable. */
    static String check(JsonElement element, String path, GuideFigures guide, Problems problems) {
        ObjectFields exercise = ObjectFields.of(element, path, problems);
        if (exercise == null) {
            return null;
        }
        exercise.onlyFieldsOf(Exercise.class);
        String id = exercise.id("id");
        exercise.text("name", true, ContentValidator.MAX_NAME_CHARS);
        Position position = exercise.choice("position", Position.class);
        Support support = exercise.choice("support", Support.class);
        supportFits(exercise, position, support, problems);
        List<String> equipment = exercise.texts("equipment", true, 0, MAX_EQUIPMENT, MAX_EQUIPMENT_CHARS);
        equipmentSaid(exercise, equipment, problems);
        Kind kind = exercise.choice("kind", Kind.class);
        Boolean perSide = exercise.bool("perSide", true);
        ObjectFields dose = exercise.object("dose", true);
        Integer maxSets = dose == null ? null : DoseCheck.check(dose, kind, id, guide, problems);
        exercise.decimal("beatSeconds", MIN_BEAT_SECONDS, MAX_BEAT_SECONDS);
        exercise.id("picture");

        SentenceCheck sentences = new SentenceCheck(position == Position.STANDING, problems);
        sentences.check(exercise.path("purpose"), exercise.text("purpose", true, MAX_SENTENCE_CHARS));
        List<String> steps = exercise.texts("steps", true, 1, MAX_STEPS, MAX_SENTENCE_CHARS);
        sentences.checkAll(exercise.path("steps"), steps);
        if (position == Position.STANDING && steps != null) {
            sentences.mentionsSupport(exercise.path("steps"), steps);
        }
        if (position == Position.SEATED && steps != null) {
            sentences.startsFromSitting(exercise.path("steps"), steps);
        }
        List<String> setIntros = exercise.texts("setIntros", false, 0, MAX_STEPS, MAX_SENTENCE_CHARS);
        sentences.checkAll(exercise.path("setIntros"), setIntros);
        setIntrosFit(exercise, setIntros, maxSets, problems);
        sentences.checkAll(exercise.path("reminders"),
                exercise.texts("reminders", true, 0, MAX_STEPS, MAX_SENTENCE_CHARS));
        sentences.checkAll(exercise.path("safety"),
                exercise.texts("safety", true, 0, MAX_STEPS, MAX_SENTENCE_CHARS));
        variation(exercise, sentences);
        sides(exercise, perSide, sentences, problems);
        holdStart(exercise, kind, sentences, problems);
        return id;
    }

    /** Each item of equipment has a short name for the voice ("a strap"), in the same order. */
    private static void equipmentSaid(ObjectFields exercise, List<String> equipment, Problems problems) {
        boolean needed = equipment != null && !equipment.isEmpty();
        List<String> said = exercise.texts("equipmentSaid", needed, 0, MAX_EQUIPMENT, MAX_EQUIPMENT_SAID_CHARS);
        int items = equipment == null ? 0 : equipment.size();
        if (said != null && equipment != null && said.size() != items) {
            problems.add(exercise.path("equipmentSaid"), msg("rule.equipmentSaid", said.size(), items),
                    msg("rule.equipmentSaid.allowed"));
        }
    }

    private static void sides(ObjectFields exercise, Boolean perSide, SentenceCheck sentences, Problems problems) {
        ObjectFields sides = exercise.object("sides", false);
        if (sides == null) {
            return;
        }
        if (Boolean.FALSE.equals(perSide)) {
            problems.add(exercise.path("sides"), msg("rule.sidesNotPerSide"), msg("rule.sidesNotPerSide.allowed"));
        }
        sides.onlyFieldsOf(Sides.class);
        sentences.check(sides.path("right"), sides.text("right", true, MAX_SENTENCE_CHARS));
        sentences.check(sides.path("left"), sides.text("left", true, MAX_SENTENCE_CHARS));
    }

    private static void holdStart(ObjectFields exercise, Kind kind, SentenceCheck sentences, Problems problems) {
        String holdStart = exercise.text("holdStart", false, MAX_SENTENCE_CHARS);
        sentences.check(exercise.path("holdStart"), holdStart);
        if (holdStart != null && kind != null && kind != Kind.HOLD) {
            problems.add(exercise.path("holdStart"), msg("rule.holdStartNotHold", JsonEnumName.of(kind)),
                    msg("rule.holdStartNotHold.allowed"));
        }
    }

    private static void supportFits(ObjectFields exercise, Position position, Support support, Problems problems) {
        if (position == Position.STANDING && support != null && support != Support.COUNTER) {
            problems.add(exercise.path("support"), msg("rule.standingSupport", JsonEnumName.of(support)),
                    msg("rule.standingSupport.allowed"));
        }
        if (position == Position.SEATED && support == Support.COUNTER) {
            problems.add(exercise.path("support"), msg("rule.seatedSupport"), msg("rule.seatedSupport.allowed"));
        }
    }

    private static void setIntrosFit(ObjectFields exercise, List<String> setIntros, Integer maxSets,
                                     Problems problems) {
        if (setIntros == null || setIntros.isEmpty() || maxSets == null) {
            return;
        }
        if (setIntros.size() < maxSets) {
            problems.add(exercise.path("setIntros"), msg("rule.setIntros", setIntros.size(), maxSets),
                    msg("rule.setIntros.allowed", maxSets));
        }
    }

    private static void variation(ObjectFields exercise, SentenceCheck sentences) {
        ObjectFields variation = exercise.object("variation", false);
        if (variation == null) {
            return;
        }
        variation.onlyFieldsOf(Variation.class);
        variation.text("name", true, ContentValidator.MAX_NAME_CHARS);
        sentences.checkAll(variation.path("steps"),
                variation.texts("steps", true, 1, MAX_STEPS, MAX_SENTENCE_CHARS));
    }
}

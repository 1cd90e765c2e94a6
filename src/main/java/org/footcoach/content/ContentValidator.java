package org.footcoach.content;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.footcoach.content.Problems.msg;

/**
 * Checks the JSON tree of a content file before it is bound to records, and reports every problem at once,
 * each with its JSON path. Rules: required fields present and not empty, right types, no unknown fields, values
 * within range, unique ids, routines naming known exercises, counter support for standing work, doses that fit the
 * kind and stay within their range (unless a clinician overrides), and the plain-language rules for sentences.
 */
public final class ContentValidator {
    static final int MAX_NAME_CHARS = 40;

    private ContentValidator() {
    }

    /** Every problem in the tree; empty when the content is good. {@code file} names the file in each error. */
    public static List<ContentError> validate(String file, JsonElement root) {
        Problems problems = new Problems(file);
        ObjectFields top = ObjectFields.of(root, JsonPaths.ROOT, problems);
        if (top == null) {
            return problems.list();
        }
        top.onlyFieldsOf(Content.class);
        Set<String> exerciseIds = exercises(top, problems);
        routines(top, exerciseIds, problems);
        return problems.list();
    }

    /** Checks the exercises and returns the ids that were readable (null when the list itself is unusable). */
    private static Set<String> exercises(ObjectFields top, Problems problems) {
        JsonArray exercises = top.array("exercises", 1);
        if (exercises == null) {
            return null;
        }
        GuideFigures guide = GuideFigures.load();
        Set<String> ids = new LinkedHashSet<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < exercises.size(); i++) {
            String path = JsonPaths.index(top.path("exercises"), i);
            String id = ExerciseCheck.check(exercises.get(i), path, guide, problems);
            if (id == null) {
                continue;
            }
            if (!ids.add(id)) {
                problems.add(JsonPaths.field(path, "id"), msg("rule.duplicateId", id, firstIndex.get(id)),
                        msg("rule.duplicateId.allowed"));
            } else {
                firstIndex.put(id, i);
            }
        }
        return ids.isEmpty() ? null : ids;
    }

    private static void routines(ObjectFields top, Set<String> exerciseIds, Problems problems) {
        JsonArray routines = top.array("routines", 1);
        if (routines == null) {
            return;
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < routines.size(); i++) {
            ObjectFields routine = ObjectFields.of(routines.get(i), JsonPaths.index(top.path("routines"), i), problems);
            if (routine == null) {
                continue;
            }
            routine.onlyFieldsOf(Routine.class);
            String id = routine.id("id");
            if (id != null) {
                Integer earlier = firstIndex.putIfAbsent(id, i);
                if (earlier != null) {
                    problems.add(routine.path("id"), msg("rule.duplicateRoutineId", id, earlier),
                            msg("rule.duplicateId.allowed"));
                }
            }
            routine.text("name", true, MAX_NAME_CHARS);
            List<String> members = routine.texts("exercises", true, 1, 50, MAX_NAME_CHARS);
            if (members != null && exerciseIds != null) {
                memberIds(routine, members, exerciseIds, problems);
            }
        }
    }

    private static void memberIds(ObjectFields routine, List<String> members, Set<String> exerciseIds,
                                  Problems problems) {
        Set<String> seen = new LinkedHashSet<>();
        for (int j = 0; j < members.size(); j++) {
            String member = members.get(j);
            if (member == null) {
                continue;
            }
            String at = JsonPaths.index(routine.path("exercises"), j);
            if (!exerciseIds.contains(member)) {
                String nearest = NearestName.among(member, List.copyOf(exerciseIds));
                problems.add(at, nearest == null ? msg("rule.unknownExercise", member)
                        : msg("rule.unknownExercise.suggest", member, nearest),
                        msg("rule.unknownExercise.allowed", String.join(", ", exerciseIds)));
            } else if (!seen.add(member)) {
                problems.add(at, msg("rule.repeatedExercise", member), msg("rule.repeatedExercise.allowed"));
            }
        }
    }
}

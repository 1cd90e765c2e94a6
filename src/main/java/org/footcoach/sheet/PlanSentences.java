package org.footcoach.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.footcoach.session.Phase;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanStep;

/**
 * The spoken sentences of a plan that the sheet prints as they are said, so paper and voice give the same facts:
 * the stop rules (only those the plan says: the rules about standing only with standing work) and the foot check.
 */
final class PlanSentences {
    /** A stop rule's key, with any variant for the controls there are (stop-rules.7.no-voice). */
    private static final Pattern STOP_RULE = Pattern.compile("(stop-rules\\.\\d+)(\\..+)?");
    private static final String CLOSING_WORDS = "end.done";

    private PlanSentences() {
    }

    /**
     * The stop rules in order. A rule that names the app's controls ("Say stop at any time.") is printed in the
     * words sheet.properties gives it under {@code paper.<key>}.
     */
    static List<String> stopRules(Plan plan) {
        List<String> rules = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            if (step.place().phase() != Phase.INTRO || step.phraseKey() == null) {
                continue;
            }
            Matcher rule = STOP_RULE.matcher(step.phraseKey());
            if (rule.matches()) {
                String paper = "paper." + rule.group(1);
                rules.add(SheetText.has(paper) ? SheetText.get(paper) : step.text());
            }
        }
        return rules;
    }

    /** What the end of the session says about the feet: sit down first (after standing work), then check them. */
    static List<String> footCheck(Plan plan) {
        return plan.steps().stream()
                .filter(step -> step instanceof PlanStep.Say && step.place().phase() == Phase.END)
                .filter(step -> !CLOSING_WORDS.equals(step.phraseKey()))
                .map(PlanStep::text)
                .toList();
    }
}

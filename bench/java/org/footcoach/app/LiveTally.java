package org.footcoach.app;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What became of each thing the person said in a live scenario, read from the app's event log. A command is obeyed
 * when a {@code command} line from the voice with its name and {@code acted} true comes between the start of the word
 * and {@value #TOLERANCE_MILLIS} ms after its end; refused when such a line has {@code acted} false ("not possible
 * now") or a {@code voice-ignored} line was said where the word was (its reason); taken for another command when a
 * command of another name came then; else not heard. Every other command from the voice is a false one: from a decoy
 * said just before it, or from nothing the person said.
 */
final class LiveTally {
    static final long TOLERANCE_MILLIS = 1_500;
    private static final long WHERE_MARGIN = 300;
    static final String NOT_POSSIBLE = "not possible now";

    /** One command said and what became of it; {@code outcome} is "obeyed", a refusal reason, or as below. */
    record Outcome(ScriptedPerson.Said said, String outcome, boolean appSpeaking, long delayAfterWord) {
        boolean obeyed() {
            return outcome.equals("obeyed");
        }
    }

    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<String> falseCommands = new ArrayList<>();
    private final int decoys;

    LiveTally(List<ScriptedPerson.Said> said, List<long[]> appSpeech, EventLines events) {
        List<JsonObject> commands = events.ofType("command").stream()
                .filter(c -> c.get("source").getAsString().equals("voice")).toList();
        List<JsonObject> ignored = events.ofType("voice-ignored");
        Set<JsonObject> claimed = new HashSet<>();
        for (ScriptedPerson.Said s : said) {
            if (!s.isDecoy()) {
                outcomes.add(outcome(s, commands, ignored, claimed, speaking(s, appSpeech)));
            }
        }
        for (JsonObject c : commands) {
            if (!claimed.contains(c)) {
                falseCommands.add(describeFalse(c, said));
            }
        }
        decoys = (int) said.stream().filter(ScriptedPerson.Said::isDecoy).count();
    }

    private static Outcome outcome(ScriptedPerson.Said s, List<JsonObject> commands, List<JsonObject> ignored,
                                   Set<JsonObject> claimed, boolean speaking) {
        String name = s.command().logName();
        JsonObject other = null;
        for (JsonObject c : commands) {
            long t = c.get("t_ms").getAsLong();
            if (claimed.contains(c) || t < s.fromMillis() || t > s.toMillis() + TOLERANCE_MILLIS) {
                continue;
            }
            if (c.get("name").getAsString().equals(name)) {
                claimed.add(c);
                boolean acted = c.get("acted").getAsBoolean();
                return new Outcome(s, acted ? "obeyed" : NOT_POSSIBLE + " (" + c.get("where").getAsString() + ")",
                        speaking, t - s.toMillis());
            }
            other = other == null ? c : other;
        }
        JsonObject refusal = null;
        for (JsonObject r : ignored) {
            long from = r.get("said_from_stream_ms").getAsLong();
            if (from >= s.fromMillis() - WHERE_MARGIN && from <= s.toMillis() + WHERE_MARGIN
                    && (refusal == null || r.get("name").getAsString().equals(name))) {
                refusal = r;
            }
        }
        if (refusal != null) {
            String heardAs = refusal.get("name").getAsString().equals(name) ? ""
                    : " (heard as \"" + refusal.get("phrase").getAsString() + "\")";
            return new Outcome(s, refusal.get("reason").getAsString() + heardAs, speaking, -1);
        }
        if (other != null) {
            return new Outcome(s, "taken as " + other.get("name").getAsString(), speaking, -1);
        }
        return new Outcome(s, "not heard", speaking, -1);
    }

    /** Whether the app was saying a sentence while the word was said. */
    private static boolean speaking(ScriptedPerson.Said s, List<long[]> appSpeech) {
        return appSpeech.stream().anyMatch(sentence -> sentence[0] < s.toMillis() && s.fromMillis() < sentence[1]);
    }

    private static String describeFalse(JsonObject c, List<ScriptedPerson.Said> said) {
        long t = c.get("t_ms").getAsLong();
        String from = said.stream()
                .filter(s -> s.fromMillis() <= t && t <= s.toMillis() + TOLERANCE_MILLIS)
                .map(s -> (s.isDecoy() ? "decoy \"" : "said \"") + s.words() + "\" (" + s.voice() + ")")
                .findFirst().orElse("nothing said: the app's own sound or the background");
        return String.format(Locale.ROOT, "%s%s at %s, from %s", c.get("name").getAsString(),
                c.get("acted").getAsBoolean() ? "" : " (not acted: not possible now)", clock(t), from);
    }

    static String clock(long millis) {
        return String.format(Locale.ROOT, "%d:%04.1f", millis / 60_000, (millis % 60_000) / 1000.0);
    }

    List<Outcome> outcomes() {
        return outcomes;
    }

    List<String> falseCommands() {
        return falseCommands;
    }

    int decoys() {
        return decoys;
    }

    long obeyed() {
        return outcomes.stream().filter(Outcome::obeyed).count();
    }

    /** Commands not obeyed, counted by what became of them (without where and what they were heard as). */
    Map<String, Long> notObeyed() {
        return outcomes.stream().filter(o -> !o.obeyed())
                .collect(Collectors.groupingBy(LiveTally::kind, TreeMap::new, Collectors.counting()));
    }

    /** What became of a command, without the details: "not possible now", "low-confidence", "taken as pause". */
    private static String kind(Outcome o) {
        int details = o.outcome().indexOf(" (");
        return details < 0 ? o.outcome() : o.outcome().substring(0, details);
    }

    /** "stop" said while the app was silent ({@code speaking} false) or speaking: obeyed of said. */
    long[] stops(boolean speaking) {
        List<Outcome> stops = outcomes.stream()
                .filter(o -> o.said().command() == org.footcoach.session.Command.STOP && o.appSpeaking() == speaking)
                .toList();
        return new long[] {stops.stream().filter(Outcome::obeyed).count(), stops.size()};
    }

    /** Median and largest delay from the end of the word to the command's line, of those obeyed. */
    long[] delays() {
        long[] d = outcomes.stream().filter(Outcome::obeyed).mapToLong(Outcome::delayAfterWord).sorted().toArray();
        return d.length == 0 ? new long[] {0, 0} : new long[] {d[d.length / 2], d[d.length - 1]};
    }
}

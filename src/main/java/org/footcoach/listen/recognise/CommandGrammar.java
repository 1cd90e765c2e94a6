package org.footcoach.listen.recognise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.footcoach.session.Action;
import org.footcoach.session.ActionTable;
import org.footcoach.session.Command;

/**
 * The closed vocabulary the recogniser may hear: command phrases (from {@code commands.properties}), decoy phrases
 * that are heard but never obeyed, and {@code [unk]} for anything else. Splits a recognised word sequence back into
 * phrases, longest phrase first, so "next door" is one decoy and not the command "next".
 */
public final class CommandGrammar {

    public static final String UNKNOWN = "[unk]";
    private static final String BUNDLE = "org.footcoach.listen.commands";
    private static final String ECHO_PREFIX = "echo.";

    private final Map<String, Command> commandByPhrase;
    private final Set<String> decoys;
    private final int longestPhraseWords;

    public CommandGrammar(Map<String, Command> commandByPhrase, Set<String> decoys) {
        this.commandByPhrase = Collections.unmodifiableMap(new LinkedHashMap<>(commandByPhrase));
        this.decoys = Collections.unmodifiableSet(new LinkedHashSet<>(decoys));
        int longest = 1;
        for (String phrase : phrases()) {
            longest = Math.max(longest, words(phrase).size());
        }
        this.longestPhraseWords = longest;
    }

    /** The words of the table of actions, with the decoys of {@code commands.properties}. */
    public static CommandGrammar standard() {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        Map<String, Command> commands = new LinkedHashMap<>();
        for (Action action : ActionTable.load().all()) {
            for (String phrase : action.words()) {
                Command before = commands.put(phrase, action.command());
                if (before != null) {
                    throw new IllegalStateException("the table of actions gives \"" + phrase + "\" to both "
                            + before.logName() + " and " + action.command().logName());
                }
            }
        }
        Set<String> decoys = new LinkedHashSet<>();
        for (String key : Collections.list(bundle.getKeys())) {
            if (key.startsWith("decoys.")) {
                decoys.addAll(list(bundle.getString(key)));
            }
        }
        decoys.removeAll(commands.keySet());
        return new CommandGrammar(commands, decoys);
    }

    /**
     * For each command phrase, phrases of the app's own speech that the recogniser, played the app's exported
     * routine, hears as that phrase ({@code echo.PHRASE} in {@code commands.properties}); the echo guard treats them
     * as the phrase. Fails on an {@code echo.} key that names no command phrase.
     */
    public static Map<String, List<String>> ownSpeechHeardAs() {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        Set<String> commandPhrases = standard().commandPhrases().keySet();
        Map<String, List<String>> heardAs = new LinkedHashMap<>();
        for (String key : Collections.list(bundle.getKeys())) {
            if (key.startsWith(ECHO_PREFIX)) {
                String phrase = String.join(" ", words(key.substring(ECHO_PREFIX.length())));
                if (!commandPhrases.contains(phrase)) {
                    throw new IllegalStateException("commands.properties: " + key + " names no command phrase");
                }
                heardAs.put(phrase, list(bundle.getString(key)));
            }
        }
        return heardAs;
    }

    private static List<String> list(String csv) {
        List<String> out = new ArrayList<>();
        for (String part : csv.split(",")) {
            String phrase = String.join(" ", words(part));
            if (!phrase.isEmpty()) {
                out.add(phrase);
            }
        }
        return out;
    }

    static List<String> words(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }

    public Map<String, Command> commandPhrases() {
        return commandByPhrase;
    }

    public Set<String> decoyPhrases() {
        return decoys;
    }

    /** Every phrase, commands first. */
    public List<String> phrases() {
        List<String> all = new ArrayList<>(commandByPhrase.keySet());
        all.addAll(decoys);
        return all;
    }

    public Optional<Command> commandFor(String phrase) {
        return Optional.ofNullable(commandByPhrase.get(String.join(" ", words(phrase))));
    }

    /** The Vosk grammar: a JSON array of every phrase plus {@code [unk]}. */
    public String toVoskJson() {
        StringBuilder json = new StringBuilder("[");
        for (String phrase : phrases()) {
            json.append('"').append(phrase.replace("\\", "\\\\").replace("\"", "\\\"")).append("\", ");
        }
        return json.append('"').append(UNKNOWN).append("\"]").toString();
    }

    /** A phrase found in a word sequence: the index of its first word, how many words, and its command if any. */
    public record Match(int firstWord, int wordCount, String phrase, Command command) {
        public boolean isCommand() {
            return command != null;
        }
    }

    /** Splits recognised words into phrases, longest match first; unknown words become single-word matches. */
    public List<Match> parse(List<String> recognised) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < recognised.size()) {
            Match found = null;
            for (int n = Math.min(longestPhraseWords, recognised.size() - i); n >= 1 && found == null; n--) {
                String phrase = String.join(" ", recognised.subList(i, i + n));
                if (commandByPhrase.containsKey(phrase)) {
                    found = new Match(i, n, phrase, commandByPhrase.get(phrase));
                } else if (decoys.contains(phrase)) {
                    found = new Match(i, n, phrase, null);
                }
            }
            if (found == null) {
                found = new Match(i, 1, recognised.get(i), null);
            }
            out.add(found);
            i += found.wordCount();
        }
        return out;
    }

    /** True when some longer phrase starts with these words, so a partial result ending here may still grow. */
    public boolean couldGrow(List<String> words) {
        String prefix = String.join(" ", words) + " ";
        for (String phrase : phrases()) {
            if (phrase.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Voice words per command, for help screens. */
    public Map<Command, List<String>> wordsByCommand() {
        Map<Command, List<String>> out = new EnumMap<>(Command.class);
        commandByPhrase.forEach((phrase, command) -> out.computeIfAbsent(command, c -> new ArrayList<>()).add(phrase));
        return out;
    }
}

package org.footcoach.app;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.footcoach.session.Command;
import org.footcoach.store.EventLog;

/**
 * A kiosk's event log: everything as usual, except a visitor's answer to a question at the end ("seven"), which is
 * written as {@code answer} wherever a command or a heard word would name it. Nothing in the log tells how hard a
 * visitor found it or how much it hurt.
 */
final class KioskEventLog implements EventLog {
    static final String ANSWER = "answer";
    private static final Set<String> NAMING_COMMANDS = Set.of("command", "voice-heard", "voice-ignored");
    private static final Set<String> ANSWERS = Arrays.stream(Command.values())
            .filter(command -> command.answer().isPresent()).map(Command::logName).collect(Collectors.toSet());

    private final EventLog log;

    KioskEventLog(EventLog log) {
        this.log = log;
    }

    @Override
    public void record(String type, Map<String, ?> fields) {
        if (!NAMING_COMMANDS.contains(type) || !ANSWERS.contains(String.valueOf(fields.get("name")))) {
            log.record(type, fields);
            return;
        }
        Map<String, Object> without = new LinkedHashMap<>(fields);
        without.put("name", ANSWER);
        without.computeIfPresent("phrase", (key, words) -> ANSWER);
        log.record(type, without);
    }

    @Override
    public void close() {
        log.close();
    }
}

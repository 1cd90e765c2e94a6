package org.footcoach.content;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message key the content code asks for is in messages.properties, so no error can fail to be said. */
class ContentMessagesTest {
    private static final Pattern KEY_USE = Pattern.compile("(?:msg|text)\\(\\s*\"([a-zA-Z]+(?:\\.[a-zA-Z]+)+)\"");
    private static final Pattern KEY_IN_TABLE = Pattern.compile("\"(json\\.reason\\.[a-zA-Z]+)\"");

    @Test
    void everyKeyUsedInTheCodeIsInTheBundle() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/footcoach/content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                collect(KEY_USE.matcher(source), used);
                collect(KEY_IN_TABLE.matcher(source), used);
            }
        }
        ResourceBundle bundle = ResourceBundle.getBundle("org.footcoach.content.messages", Locale.ROOT);

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(used).allSatisfy(key -> assertThat(bundle.containsKey(key)).as(key).isTrue());
    }

    private static void collect(Matcher matcher, Set<String> keys) {
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
    }
}

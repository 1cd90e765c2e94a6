package org.footcoach.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures the published guide gives, per exercise id and amount (from {@code guide-figures.properties}).
 * Exercises the guide does not know (added by a clinician) have no figures.
 */
final class GuideFigures {
    /** The longest hold the guide gives for any exercise; the limit for holds of exercises it does not know. */
    static final int LONGEST_GUIDE_HOLD_SECONDS = 30;
    private static final String RESOURCE = "guide-figures.properties";

    record Range(int min, int max) {
    }

    private final Map<String, Range> ranges;
    private final Set<String> exercises;

    private GuideFigures(Map<String, Range> ranges) {
        this.ranges = Map.copyOf(ranges);
        this.exercises = ranges.keySet().stream().map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toUnmodifiableSet());
    }

    static GuideFigures load() {
        Properties properties = new Properties();
        try (InputStream in = GuideFigures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the app: " + RESOURCE);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new GuideFigures(properties.stringPropertyNames().stream().collect(Collectors.toMap(
                key -> key, key -> parseRange(key, properties.getProperty(key)))));
    }

    private static Range parseRange(String key, String value) {
        String[] parts = value.strip().split("-");
        if (parts.length != 2) {
            throw new IllegalStateException(RESOURCE + ": " + key + " is not min-max: " + value);
        }
        return new Range(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    }

    /** True when the guide describes this exercise (so missing figures mean the guide gives none). */
    boolean knows(String exerciseId) {
        return exercises.contains(exerciseId);
    }

    Optional<Range> range(String exerciseId, String amount) {
        return Optional.ofNullable(ranges.get(exerciseId + "." + amount));
    }

    /** The longest hold allowed without a clinician override. */
    int holdLimit(String exerciseId) {
        return range(exerciseId, "holdSeconds").map(Range::max).orElse(LONGEST_GUIDE_HOLD_SECONDS);
    }
}

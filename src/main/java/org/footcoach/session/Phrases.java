package org.footcoach.session;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fixed spoken phrases of a session, from {@code org/footcoach/session/phrases.properties}.
 * Keys are stable: a recorded clip {@code <key>.wav} (in the data folder's {@code voice/}, or built into the jar
 * from {@code audio/voice/}) may replace any of them.
 */
public final class Phrases {
    private static final String BUNDLE = "org.footcoach.session.phrases";
    private final ResourceBundle bundle;

    public Phrases() {
        this(ResourceBundle.getBundle(BUNDLE, Locale.ROOT));
    }

    public Phrases(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("phrases.properties has no phrase '" + key + "'.", e);
        }
    }

    /** A phrase with {@code {0}} style placeholders filled in. */
    public String format(String key, Object... args) {
        return new MessageFormat(text(key), Locale.ROOT).format(args);
    }

    /** Every fixed phrase key, sorted: what the speech package renders at start-up. */
    public Set<String> keys() {
        return new TreeSet<>(bundle.keySet());
    }

    /** Keys of the numbered lines {@code prefix.1}, {@code prefix.2}, ... that exist, in order. */
    public List<String> numbered(String prefix) {
        List<String> keys = new ArrayList<>();
        for (int i = 1; has(prefix + "." + i); i++) {
            keys.add(prefix + "." + i);
        }
        return keys;
    }
}

package org.footcoach.session;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The fixed spoken phrases of a session, from {@code org/footcoach/session/phrases.properties}.
 * Keys are stable: a recorded clip {@code <key>.wav} (in the data folder's {@code voice/}, or built into the jar
 * from {@code audio/voice/}) may replace any of them.
 */
public final class Phrases {
    private static final String BUNDLE = "org.footcoach.session.phrases";
    private final ResourceBundle bundle;
    private final Supplier<Controls> controls;

    public Phrases() {
        this(ResourceBundle.getBundle(BUNDLE, Locale.ROOT));
    }

    public Phrases(ResourceBundle bundle) {
        this(bundle, () -> Controls.VOICE_KEYS_TOUCH);
    }

    private Phrases(ResourceBundle bundle, Supplier<Controls> controls) {
        this.bundle = bundle;
        this.controls = controls;
    }

    /** The same phrases, whose prompts name only the controls {@code now} gives, asked each time one is chosen. */
    public Phrases withControls(Supplier<Controls> now) {
        return new Phrases(bundle, now);
    }

    /**
     * The key to say for {@code key} with the controls there are now: its {@code .no-voice} or {@code .track}
     * variant when there is one that fits, else {@code key} itself.
     */
    public String key(String key) {
        for (String suffix : controls.get().variantSuffixes()) {
            if (has(key + suffix)) {
                return key + suffix;
            }
        }
        return key;
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

    /**
     * Keys of the numbered lines {@code prefix.1}, {@code prefix.2}, ... that exist, in order; a list may have a
     * variant for the controls there are now, as {@code prefix.no-voice.1}, ... (see {@link #key}).
     */
    public List<String> numbered(String prefix) {
        String chosen = prefix;
        for (String suffix : controls.get().variantSuffixes()) {
            if (has(prefix + suffix + ".1")) {
                chosen = prefix + suffix;
                break;
            }
        }
        List<String> keys = new ArrayList<>();
        for (int i = 1; has(chosen + "." + i); i++) {
            keys.add(chosen + "." + i);
        }
        return keys;
    }
}

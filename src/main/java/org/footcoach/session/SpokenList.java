package org.footcoach.session;

import java.util.List;

/** Joins items into one phrase for listening: "a strap, a ball and a towel", the joining words from the phrases. */
final class SpokenList {
    private final Phrases phrases;

    SpokenList(Phrases phrases) {
        this.phrases = phrases;
    }

    /** The items in order; {@code items} must not be empty. */
    String join(List<String> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("A spoken list needs at least one item.");
        }
        String joined = items.get(0);
        for (int i = 1; i < items.size() - 1; i++) {
            joined = phrases.format("list.more", joined, items.get(i));
        }
        return items.size() == 1 ? joined : phrases.format("list.last", joined, items.get(items.size() - 1));
    }
}

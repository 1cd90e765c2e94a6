package org.footcoach.content;

/**
 * What a per-side exercise says at the start of each side, in plain words: which foot works or lifts and which
 * stays down. The right side comes first.
 */
public record Sides(String right, String left) {
}

package org.footcoach.content;

/** An allowed range, the value used, and whether the figures are the guide's or our default. */
public record Amount(int min, int max, int value, Source source) {
}

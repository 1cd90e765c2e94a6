package org.footcoach.ui;

/** The two answers at the end of a session, each 0 to 10, or null when not given. */
public record SessionFeedback(Integer effort, Integer pain) {
}

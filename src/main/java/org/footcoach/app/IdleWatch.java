package org.footcoach.app;

import java.util.function.IntSupplier;
import org.footcoach.session.Clock;
import org.footcoach.session.Scheduler;

/**
 * A kiosk's idle time: once a visitor has come, no input for the idle time asks "Are you still there?", and no
 * answer within the warning time gives up on them. Time spent in something that goes on by itself (an exercise
 * counting, a hold, a rest, a spoken instruction) is never idle: the idle time counts from when it stops. Looks once
 * a second on its scheduler; the times are read at each look, so a change in the admin screen counts at once.
 * Thread-safe. Never calls its clock or scheduler while holding its own lock (tests share one virtual clock).
 */
final class IdleWatch {
    static final long LOOK_MILLIS = 1000;

    /** What the kiosk does at each moment; called on the scheduler's thread, so each must not block. */
    interface Moments {
        /** Whether the visitor is in the middle of something that goes on by itself. */
        boolean goingOn();

        /** Ask "Are you still there?", with {@code secondsLeft} to answer. */
        void ask(int secondsLeft);

        /** The seconds left to answer, once a second. */
        void countDown(int secondsLeft);

        /** No answer: back to the attract screen. */
        void giveUp();
    }

    private enum Watching { NOBODY, VISITOR, ASKING }

    private final Clock clock;
    private final Scheduler scheduler;
    private final IntSupplier idleSeconds;
    private final IntSupplier warningSeconds;
    private final Moments moments;
    private Watching watching = Watching.NOBODY;
    private long lastInput;
    private long askedAt;

    IdleWatch(Clock clock, Scheduler scheduler, IntSupplier idleSeconds, IntSupplier warningSeconds,
              Moments moments) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.idleSeconds = idleSeconds;
        this.warningSeconds = warningSeconds;
        this.moments = moments;
    }

    /** Starts looking, once a second from now on. */
    void start() {
        long now = clock.millis();
        scheduler.at(now + LOOK_MILLIS, this::look);
    }

    /** A visitor touched the attract screen or pressed the pedal: idle time counts from now. */
    void visitorCame() {
        long now = clock.millis();
        synchronized (this) {
            watching = Watching.VISITOR;
            lastInput = now;
        }
    }

    /** A touch, key or voice command: idle time counts from now (the question is answered only by its Yes). */
    void input() {
        long now = clock.millis();
        synchronized (this) {
            if (watching == Watching.VISITOR) {
                lastInput = now;
            }
        }
    }

    /** Yes: the visitor is still there, and idle time counts from now. */
    void answered() {
        long now = clock.millis();
        synchronized (this) {
            if (watching == Watching.ASKING) {
                watching = Watching.VISITOR;
                lastInput = now;
            }
        }
    }

    /** Nobody to watch: the attract screen shows. */
    synchronized void nobody() {
        watching = Watching.NOBODY;
    }

    private void look() {
        long now = clock.millis();
        decide(now, moments.goingOn());
        scheduler.at(now + LOOK_MILLIS, this::look);
    }

    private synchronized void decide(long now, boolean goingOn) {
        switch (watching) {
            case NOBODY -> {
                // The attract screen waits for a visitor.
            }
            case VISITOR -> {
                if (goingOn) {
                    lastInput = now;
                } else if (now - lastInput >= idleSeconds.getAsInt() * 1000L) {
                    watching = Watching.ASKING;
                    askedAt = now;
                    moments.ask(warningSeconds.getAsInt());
                }
            }
            case ASKING -> {
                long left = warningSeconds.getAsInt() - (now - askedAt) / 1000;
                if (left <= 0) {
                    watching = Watching.NOBODY;
                    moments.giveUp();
                } else {
                    moments.countDown((int) left);
                }
            }
        }
    }
}

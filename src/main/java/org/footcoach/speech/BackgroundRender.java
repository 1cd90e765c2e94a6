package org.footcoach.speech;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The phrase cache's one rendering thread, at low priority: renders what is prepared ahead, in order, and before each
 * of those any phrase a live session asked for and did not find ready, so that one comes next.
 */
final class BackgroundRender {
    private static final System.Logger LOG = System.getLogger(BackgroundRender.class.getName());

    private final Consumer<Utterance> render;
    private final BooleanSupplier closing;
    private final Queue<Utterance> asked = new ConcurrentLinkedQueue<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "phrase-cache");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    /** @param render renders one utterance into the cache and never throws */
    BackgroundRender(Consumer<Utterance> render, BooleanSupplier closing) {
        this.render = render;
        this.closing = closing;
    }

    /** Renders these in order; the future completes when all are done, or when closing stops them. */
    CompletableFuture<Void> inOrder(List<Utterance> utterances) {
        return CompletableFuture.runAsync(() -> {
            for (Utterance u : utterances) {
                renderAsked();
                if (closing.getAsBoolean()) {
                    return;
                }
                render.accept(u);
            }
        }, thread);
    }

    /** Renders {@code utterance} as soon as the thread is free, before anything prepared ahead. Returns at once. */
    void soon(Utterance utterance) {
        asked.add(utterance);
        try {
            thread.execute(this::renderAsked);
        } catch (RejectedExecutionException closed) {
            asked.clear(); // the cache is closing: nothing more will be said
        }
    }

    private void renderAsked() {
        for (Utterance u = asked.poll(); u != null && !closing.getAsBoolean(); u = asked.poll()) {
            render.accept(u);
        }
    }

    /** Stops rendering: the voice at work is interrupted. Waits for that at most 2 s. */
    void close() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "The phrase cache's render thread did not stop within 2 s.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

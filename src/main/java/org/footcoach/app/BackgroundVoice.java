package org.footcoach.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.footcoach.speech.Pcm;
import org.footcoach.speech.SpeechException;
import org.footcoach.speech.Voice;
import org.footcoach.speech.VoiceCatalog;

/**
 * A voice that is created on its own thread (FreeTTS takes about two seconds to load), so start-up and the EDT never
 * wait for it. Rendering before it is ready waits for it on the rendering thread, which is never the EDT.
 */
final class BackgroundVoice implements Voice {
    private final String name;
    private final double speed;
    private final CompletableFuture<Voice> voice = new CompletableFuture<>();

    private BackgroundVoice(String name, double speed) {
        this.name = name;
        this.speed = speed;
    }

    /** Starts creating the catalog's voice {@code name} at its own pace and returns at once. */
    static BackgroundVoice load(VoiceCatalog catalog, String name) {
        return load(catalog, name, 1.0);
    }

    /** Starts creating the catalog's voice {@code name} at {@code speed} and returns at once. */
    static BackgroundVoice load(VoiceCatalog catalog, String name, double speed) {
        BackgroundVoice background = new BackgroundVoice(name, speed);
        Thread loader = new Thread(() -> {
            try {
                background.voice.complete(catalog.voice(name, speed));
            } catch (RuntimeException e) {
                background.voice.completeExceptionally(e);
            }
        }, "voice-load");
        loader.setDaemon(true);
        loader.start();
        return background;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double speed() {
        return speed;
    }

    @Override
    public Pcm render(String text) {
        Voice ready;
        try {
            ready = voice.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            throw new SpeechException("The voice " + name + " could not be loaded: " + cause.getMessage(), cause);
        }
        return ready.render(text);
    }
}

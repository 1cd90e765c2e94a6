package org.footcoach.listen.recognise;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;

/** The Vosk model, unpacked and loaded off the caller's thread; shared by every recogniser made from it. */
public final class VoiceModel implements AutoCloseable {

    private final CompletableFuture<Model> model;
    private final AtomicBoolean closed = new AtomicBoolean();

    private VoiceModel(CompletableFuture<Model> model) {
        this.model = model;
    }

    /** Unpacks (when needed) and loads the bundled model in the background; returns at once. */
    public static VoiceModel loadInBackground(ModelCache cache) {
        return new VoiceModel(cache.prepareInBackground().thenApplyAsync(VoiceModel::load));
    }

    /** Loads a model already on disk, now. */
    public static VoiceModel loadNow(Path modelDir) {
        return new VoiceModel(CompletableFuture.completedFuture(load(modelDir)));
    }

    private static Model load(Path dir) {
        LibVosk.setLogLevel(LogLevel.WARNINGS);
        try {
            return new Model(dir.toString());
        } catch (IOException e) {
            throw new IllegalStateException("The voice model in " + dir + " cannot be loaded.", e);
        }
    }

    /** Waits for the model. */
    public Model await() throws IOException {
        try {
            return model.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Loading the voice model was interrupted.", e);
        }
    }

    /** Frees the model once it is loaded; a second call does nothing (freeing it twice corrupts the heap). */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            model.thenAccept(Model::close);
        }
    }
}

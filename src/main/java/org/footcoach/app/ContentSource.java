package org.footcoach.app;

import java.nio.file.Path;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.LoadResult;

/** The exercises to use: the file given with {@code --content}, else the ones inside the jar. */
final class ContentSource {
    private ContentSource() {
    }

    static LoadResult load(Path file) {
        return file != null ? ContentLoader.load(file) : ContentLoader.loadBundled();
    }
}

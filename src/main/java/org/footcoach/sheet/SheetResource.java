package org.footcoach.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A text file inside the jar, read by its path from the root of the class path. */
final class SheetResource {
    private SheetResource() {
    }

    static Optional<String> text(String path) {
        try (InputStream in = SheetResource.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + " from the jar.", e);
        }
    }

    /** A resource the jar always has (the sheet's style). */
    static String required(String path) {
        return text(path).orElseThrow(() -> new IllegalStateException("The jar has no " + path + "."));
    }
}

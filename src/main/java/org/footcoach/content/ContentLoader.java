package org.footcoach.content;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** STUB until the content branch lands. */
public final class ContentLoader {
    private ContentLoader() {
    }

    public static LoadResult load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.getFileName().toString(), reader);
        } catch (IOException e) {
            return failed(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    public static LoadResult loadBundled() {
        try (Reader reader = new InputStreamReader(
                ContentLoader.class.getResourceAsStream("/exercises.json"), StandardCharsets.UTF_8)) {
            return parse("exercises.json", reader);
        } catch (IOException | NullPointerException e) {
            return failed("exercises.json", "is missing from the app");
        }
    }

    private static LoadResult parse(String name, Reader reader) {
        try {
            Content content = new Gson().fromJson(reader, Content.class);
            return content == null ? failed(name, "is empty") : new LoadResult(content, List.of());
        } catch (JsonParseException e) {
            return failed(name, "is not valid JSON");
        }
    }

    private static LoadResult failed(String name, String problem) {
        return new LoadResult(null, List.of(new ContentError(name, "$", problem, null)));
    }
}

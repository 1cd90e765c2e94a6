package org.footcoach.content;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.footcoach.content.Problems.msg;

/**
 * Loads exercises.json: reads the text, parses it strictly, validates the tree (reporting every problem with its
 * path) and only then binds it with Gson to the immutable records. Never throws for bad input.
 */
public final class ContentLoader {
    /** Name of the bundled copy on the classpath and of the file at the top of the repository. */
    public static final String FILE_NAME = "exercises.json";
    private static final String BUNDLED = "/" + FILE_NAME;

    private ContentLoader() {
    }

    /** Loads a content file; errors name the file as given. */
    public static LoadResult load(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            return unreadable(name, msg("file.reason.folder"));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return unreadable(name, msg("file.reason.missing"));
        } catch (AccessDeniedException | SecurityException e) {
            return unreadable(name, msg("file.reason.denied"));
        } catch (IOException e) {
            return unreadable(name, plainReason(e));
        }
        return parse(name, bytes);
    }

    /** Loads the copy of exercises.json bundled in the jar. */
    public static LoadResult loadBundled() {
        try (InputStream in = ContentLoader.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                return unreadable(FILE_NAME, msg("file.notBundled"));
            }
            return parse(FILE_NAME, in.readAllBytes());
        } catch (IOException e) {
            return unreadable(FILE_NAME, plainReason(e));
        }
    }

    /** Parses, validates and binds content text; {@code fileName} names the source in errors. */
    public static LoadResult parse(String fileName, String text) {
        List<ContentError> errors = new ArrayList<>();
        JsonElement root = new StrictJsonTree(fileName, errors).read(text);
        if (root == null) {
            return LoadResult.failed(errors);
        }
        errors.addAll(ContentValidator.validate(fileName, root));
        if (!errors.isEmpty()) {
            return LoadResult.failed(errors);
        }
        try {
            return LoadResult.of(new Gson().fromJson(root, Content.class));
        } catch (JsonParseException | IllegalArgumentException | NullPointerException e) {
            // the validator should have caught this; say so rather than crash
            return LoadResult.failed(List.of(new ContentError(fileName, JsonPaths.ROOT,
                    msg("file.notBound", plainReason(e)), msg("file.notBound.allowed"))));
        }
    }

    private static LoadResult parse(String fileName, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return parse(fileName, text);
        } catch (CharacterCodingException e) {
            return unreadable(fileName, msg("file.notUtf8"));
        }
    }

    private static LoadResult unreadable(String fileName, String reason) {
        return LoadResult.failed(List.of(new ContentError(fileName, JsonPaths.ROOT,
                msg("file.unreadable", reason), msg("file.unreadable.allowed"))));
    }

    /** The exception's own words, without its class name, so no Java jargon reaches the person. */
    private static String plainReason(Exception e) {
        String detail = e.getMessage();
        return detail == null || detail.isBlank() ? msg("file.reason.other") : Problems.shorten(detail);
    }
}

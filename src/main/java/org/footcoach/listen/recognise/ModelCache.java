package org.footcoach.listen.recognise;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks the Vosk model that the build puts into the jar ({@link #BUNDLED_ARCHIVE}, the {@code vosk-model-en} aar)
 * into the user's cache directory, once. A version marker, written last, holds the model's uuid and the archive's
 * size; a directory without a matching marker is unpacked again. Nothing is ever downloaded.
 *
 * <p>After unpacking, {@code model-tuning.conf} is appended to the model's {@code conf/model.conf} (later options win):
 * a shorter end-of-utterance silence and smaller decoding chunks, so short commands are decided sooner (see
 * {@code bench/RESULTS.md}, "How the thresholds were chosen"). The tuning is part of the version marker.
 *
 * <p>It unpacks into a folder beside the model and moves that into place, so a model is there whole or not at all;
 * such folders left by an unpacking cut short are deleted an hour later. A cache folder that cannot be written fails
 * with a {@link ModelFolderException}.
 */
public final class ModelCache {

    /** Class-path resource the Maven build copies the model aar to. */
    public static final String BUNDLED_ARCHIVE = "/org/footcoach/listen/model/vosk-model-en.aar";
    static final String MODEL_PREFIX = "assets/model-en-us/";
    static final String MARKER = "footcoach-model-version";
    private static final String MODEL_DIR = "vosk-model-en";
    private static final String TUNING = "model-tuning.conf";
    private static final String UNPACKING = MODEL_DIR + ".unpacking-";
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    /** Opens the archive anew each time it is called. */
    @FunctionalInterface
    public interface ArchiveSource {
        InputStream open() throws IOException;
    }

    private final Path cacheRoot;
    private final ArchiveSource archive;

    public ModelCache(Path cacheRoot, ArchiveSource archive) {
        this.cacheRoot = cacheRoot;
        this.archive = archive;
    }

    /** The model bundled in the jar, cached under {@link #defaultCacheRoot}. */
    public static ModelCache bundled() {
        return new ModelCache(defaultCacheRoot(System.getenv(), System.getProperty("user.home")), ModelCache::openBundled);
    }

    /** {@code $XDG_CACHE_HOME/foot-coach} when set, else {@code ~/.cache/foot-coach}. */
    public static Path defaultCacheRoot(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".cache");
        return base.resolve("foot-coach");
    }

    static InputStream openBundled() throws IOException {
        InputStream in = ModelCache.class.getResourceAsStream(BUNDLED_ARCHIVE);
        if (in == null) {
            throw new IOException("The voice model " + BUNDLED_ARCHIVE
                    + " is missing from the class path; build with Maven so it is copied in.");
        }
        return in;
    }

    /** Opens the archive this cache unpacks from. */
    public InputStream openArchive() throws IOException {
        return archive.open();
    }

    /** Where the unpacked model lives (it may not exist yet). */
    public Path modelDir() {
        return cacheRoot.resolve(MODEL_DIR);
    }

    /** Unpacks on a background daemon thread; the future completes with the model directory. */
    public CompletableFuture<Path> prepareInBackground() {
        CompletableFuture<Path> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(prepare());
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, "voice-model-unpack");
        worker.setDaemon(true);
        worker.start();
        return result;
    }

    /** Returns the model directory, unpacking first when it is missing or of another version. */
    public synchronized Path prepare() throws IOException {
        String wanted = versionOfArchive();
        Path dir = modelDir();
        if (wanted.equals(installedVersion().orElse(null))) {
            return dir;
        }
        try {
            Files.createDirectories(cacheRoot);
            deleteAbandonedUnpacking();
            Path staging = Files.createTempDirectory(cacheRoot, UNPACKING);
            try {
                unpackInto(staging);
                appendTuning(staging.resolve("conf").resolve("model.conf"));
                Files.writeString(staging.resolve(MARKER), wanted, StandardCharsets.UTF_8);
                deleteTree(dir);
                Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                deleteTree(staging);
            }
        } catch (FileSystemException e) {
            throw new ModelFolderException(cacheRoot, e);
        } catch (UncheckedIOException e) {
            throw new ModelFolderException(cacheRoot, e.getCause());
        }
        return dir;
    }

    /**
     * Unpacking that a power cut or a killed app left half done. Only old ones: another copy of the app may be
     * unpacking right now, which takes seconds.
     */
    private void deleteAbandonedUnpacking() throws IOException {
        Instant before = Instant.now().minus(ABANDONED_AFTER);
        try (Stream<Path> entries = Files.list(cacheRoot)) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith(UNPACKING)).toList()) {
                if (Files.getLastModifiedTime(entry).toInstant().isBefore(before)) {
                    deleteTree(entry);
                }
            }
        }
    }

    Optional<String> installedVersion() throws IOException {
        Path marker = modelDir().resolve(MARKER);
        return Files.isRegularFile(marker) ? Optional.of(Files.readString(marker, StandardCharsets.UTF_8))
                : Optional.empty();
    }

    /** The model's uuid (an early, small entry) plus the archive's byte count. */
    String versionOfArchive() throws IOException {
        String uuid = null;
        long size;
        try (InputStream raw = new BufferedInputStream(archive.open());
             ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(MODEL_PREFIX + "uuid")) {
                    uuid = new String(zip.readAllBytes(), StandardCharsets.UTF_8).trim();
                    break;
                }
            }
        }
        if (uuid == null) {
            throw new IOException("The voice model archive has no " + MODEL_PREFIX + "uuid entry; it is not a Vosk model.");
        }
        try (InputStream in = archive.open()) {
            size = in.transferTo(OutputStream.nullOutputStream());
        }
        return "uuid=" + uuid + " bytes=" + size + " tuning=" + tuning().hashCode();
    }

    private static String tuning() throws IOException {
        try (InputStream in = ModelCache.class.getResourceAsStream(TUNING)) {
            if (in == null) {
                throw new IOException("The resource " + TUNING + " is missing from package "
                        + ModelCache.class.getPackageName() + ".");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void appendTuning(Path modelConf) throws IOException {
        if (Files.isRegularFile(modelConf)) {
            String conf = Files.readString(modelConf, StandardCharsets.UTF_8);
            Files.writeString(modelConf, (conf.endsWith("\n") ? conf : conf + "\n") + tuning(), StandardCharsets.UTF_8);
        }
    }

    private void unpackInto(Path target) throws IOException {
        int files = 0;
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(archive.open()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.getName().startsWith(MODEL_PREFIX) || e.isDirectory()) {
                    continue;
                }
                Path out = target.resolve(e.getName().substring(MODEL_PREFIX.length())).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("The voice model archive has an entry outside its folder: " + e.getName());
                }
                Files.createDirectories(out.getParent());
                Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
                files++;
            }
        }
        if (files == 0) {
            throw new IOException("The voice model archive holds no files under " + MODEL_PREFIX);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot delete " + p, e);
                }
            });
        }
    }
}

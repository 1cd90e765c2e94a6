package org.footcoach.listen.recognise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCacheTest {

    @TempDir
    Path cache;

    private static byte[] fakeModel(String uuid, String mdl) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("R.txt"));
            zip.putNextEntry(new ZipEntry("assets/model-en-us/uuid"));
            zip.write(uuid.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("assets/model-en-us/am/final.mdl"));
            zip.write(mdl.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void unpacksOnceAndKeepsTheModelWhenTheVersionMatches() throws Exception {
        byte[] archive = fakeModel("u-1", "model one");
        AtomicInteger opened = new AtomicInteger();
        ModelCache models = new ModelCache(cache, () -> {
            opened.incrementAndGet();
            return new ByteArrayInputStream(archive);
        });

        Path dir = models.prepareInBackground().get(30, TimeUnit.SECONDS);
        assertThat(dir.resolve("am/final.mdl")).hasContent("model one");
        assertThat(dir.resolve("uuid")).hasContent("u-1");
        Files.writeString(dir.resolve("am/final.mdl"), "touched");
        int opensAfterFirst = opened.get();

        assertThat(models.prepare()).isEqualTo(dir);
        assertThat(dir.resolve("am/final.mdl")).hasContent("touched");
        assertThat(opened.get() - opensAfterFirst).as("second run only reads the version").isEqualTo(2);
        try (var left = Files.list(cache)) {
            assertThat(left).containsExactly(dir);
        }
    }

    @Test
    void unpacksAgainWhenTheBundledModelChanges() throws Exception {
        new ModelCache(cache, () -> new ByteArrayInputStream(fakeModel("u-1", "model one"))).prepare();
        Path dir = new ModelCache(cache, () -> new ByteArrayInputStream(fakeModel("u-2", "model two"))).prepare();
        assertThat(dir.resolve("am/final.mdl")).hasContent("model two");
    }

    @Test
    void unpacksAgainWhenAnEarlierUnpackStoppedHalfWay() throws Exception {
        ModelCache models = new ModelCache(cache, () -> new ByteArrayInputStream(fakeModel("u-1", "model one")));
        Files.createDirectories(models.modelDir().resolve("am"));
        Files.writeString(models.modelDir().resolve("am/final.mdl"), "half");
        assertThat(models.prepare().resolve("am/final.mdl")).hasContent("model one");
    }

    @Test
    void saysClearlyWhenTheArchiveIsNotAModel() throws Exception {
        byte[] notAModel = new ByteArrayOutputStream().toByteArray();
        ModelCache models = new ModelCache(cache, () -> new ByteArrayInputStream(notAModel));
        assertThatThrownBy(models::prepare).isInstanceOf(IOException.class).hasMessageContaining("not a Vosk model");
    }

    @Test
    void cacheFollowsXdgOrHome() {
        assertThat(ModelCache.defaultCacheRoot(Map.of("XDG_CACHE_HOME", "/x/cache"), "/home/a"))
                .isEqualTo(Path.of("/x/cache/foot-coach"));
        assertThat(ModelCache.defaultCacheRoot(Map.of(), "/home/a")).isEqualTo(Path.of("/home/a/.cache/foot-coach"));
    }

    @Test
    void anUnpackingCutShortIsDeletedOnceItIsOldButOneUnderWayIsLeftAlone() throws Exception {
        Path abandoned = Files.createDirectories(cache.resolve("vosk-model-en.unpacking-123/am"));
        Files.writeString(abandoned.resolve("final.mdl"), "half a model");
        Files.setLastModifiedTime(abandoned.getParent(),
                FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path underWay = Files.createDirectories(cache.resolve("vosk-model-en.unpacking-456"));

        Path dir = new ModelCache(cache, () -> new ByteArrayInputStream(fakeModel("u-1", "model one"))).prepare();

        try (var left = Files.list(cache)) {
            assertThat(left).containsExactlyInAnyOrder(dir, underWay);
        }
    }

    @Test
    void aCacheFolderThatCannotBeWrittenSaysWhichAndWhy() throws Exception {
        Path file = Files.writeString(cache.resolve("foot-coach"), "a file, not a folder");
        ModelCache models = new ModelCache(file, () -> new ByteArrayInputStream(fakeModel("u-1", "model one")));

        assertThatThrownBy(models::prepare).isInstanceOfSatisfying(ModelFolderException.class, e -> {
            assertThat(e.folder()).isEqualTo(file);
            assertThat(e.problem()).isInstanceOf(FileAlreadyExistsException.class);
        });
        assertThat(file).hasContent("a file, not a folder");
    }

    @Test
    void theBuildBundlesTheRealModel() throws Exception {
        try (var in = ModelCache.openBundled()) {
            assertThat(in.read()).as("first byte of the bundled aar").isEqualTo('P');
        }
    }
}

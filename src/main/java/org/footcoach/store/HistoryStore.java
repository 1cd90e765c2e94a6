package org.footcoach.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.footcoach.files.AtomicFile;
import org.footcoach.session.Ending;
import org.footcoach.session.PastSession;

/**
 * The sessions of the history, one JSON file each in a folder, named by when the session started. Each write is
 * whole or nothing, so a kill at any moment leaves every file readable. A file that cannot be read is moved aside as
 * {@code NAME.corrupt-<time>} and said in one line; one written by a newer Foot Coach is left as it is. A session
 * found still running when the history opens was cut off (crash, kill, power) and is saved as such.
 */
public final class HistoryStore {
    private static final String SUFFIX = ".json";

    private final Path folder;
    private final Clock wall;
    private final Consumer<String> problems;
    private final List<PastSession> sessions = new ArrayList<>();
    private boolean failing;

    private HistoryStore(Path folder, Clock wall, Consumer<String> problems) {
        this.folder = folder;
        this.wall = wall;
        this.problems = problems;
    }

    /**
     * Reads the history in {@code folder} (made when missing). {@code problems} gets one line for each file that
     * cannot be read or written, now and later.
     */
    public static HistoryStore open(Path folder, Clock wall, Consumer<String> problems) {
        HistoryStore store = new HistoryStore(folder, wall, problems);
        store.load();
        return store;
    }

    /**
     * As {@link #open}, but reads the folder on a thread of its own, so a long history does not hold up the window;
     * every other call waits until it is read.
     */
    public static HistoryStore openInBackground(Path folder, Clock wall, Consumer<String> problems) {
        HistoryStore store = new HistoryStore(folder, wall, problems);
        CountDownLatch locked = new CountDownLatch(1);
        Thread loader = new Thread(() -> {
            synchronized (store) {
                locked.countDown();
                store.load();
            }
        }, "history-load");
        loader.setDaemon(true);
        loader.start();
        // The loader must hold the lock before anyone asks, or a call could see the history empty.
        boolean interrupted = false;
        while (locked.getCount() > 0) {
            try {
                locked.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return store;
    }

    /** Every readable session, oldest first. */
    public synchronized List<PastSession> sessions() {
        return List.copyOf(sessions);
    }

    /** A new file name for a session starting now; unique, and in time order. */
    synchronized String newId() {
        String id = DataFiles.NAME_TIME.format(wall.instant());
        int n = 1;
        String unique = id;
        while (Files.exists(folder.resolve(unique + SUFFIX)) || known(unique)) {
            unique = id + "-" + ++n;
        }
        return unique;
    }

    Instant now() {
        return wall.instant();
    }

    /**
     * Writes {@code session} whole; the file keeps what it had when that fails, and {@code problems} hears of it once
     * until a save works again.
     */
    public synchronized void save(PastSession session) {
        sessions.removeIf(s -> s.id().equals(session.id()));
        sessions.add(session);
        sessions.sort(Comparator.comparing(PastSession::started).thenComparing(PastSession::id));
        Path file = folder.resolve(session.id() + SUFFIX);
        try {
            Files.createDirectories(folder);
            AtomicFile.write(file, out -> out.write(PastSessionJson.write(session).getBytes(StandardCharsets.UTF_8)));
            failing = false;
        } catch (IOException e) {
            if (!failing) {
                problems.accept(StoreText.get("history.cannot-save", file, AtomicFile.reason(e)));
            }
            failing = true;
        }
    }

    private boolean known(String id) {
        return sessions.stream().anyMatch(s -> s.id().equals(id));
    }

    private void load() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<PastSession> cutOff = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                read(file, cutOff);
            }
        } catch (IOException e) {
            problems.accept(StoreText.get("history.cannot-list", folder, AtomicFile.reason(e)));
        }
        sessions.sort(Comparator.comparing(PastSession::started).thenComparing(PastSession::id));
        for (PastSession session : cutOff) {
            save(session.endedAs(Ending.CUT_OFF, session.ended().orElse(session.started()), session.exercises()));
        }
    }

    private void read(Path file, List<PastSession> cutOff) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - SUFFIX.length());
        try {
            PastSession session = PastSessionJson.read(id, Files.readString(file, StandardCharsets.UTF_8));
            sessions.add(session);
            if (session.ending() == Ending.IN_PROGRESS) {
                cutOff.add(session);
            }
        } catch (DataFileException e) {
            if (e.setAside()) {
                setAside(file, e.getMessage());
            } else {
                problems.accept(StoreText.get("history.left", file, e.getMessage()));
            }
        } catch (IOException e) {
            // Invalid UTF-8 is a broken file; a file the system will not give is left where it is.
            if (e instanceof java.nio.charset.CharacterCodingException) {
                setAside(file, StoreText.get("file.not-text"));
            } else {
                problems.accept(StoreText.get("history.cannot-read", file, AtomicFile.reason(e)));
            }
        }
    }

    private void setAside(Path file, String why) {
        try {
            Path aside = DataFiles.moveAside(file, wall.instant());
            problems.accept(StoreText.get("history.set-aside", file.getFileName(), aside.getFileName(), why));
        } catch (IOException e) {
            problems.accept(StoreText.get("history.cannot-set-aside", file, why, AtomicFile.reason(e)));
        }
    }
}

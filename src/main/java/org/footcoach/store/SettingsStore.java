package org.footcoach.store;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.footcoach.files.AtomicFile;
import org.footcoach.session.Preferences;

/**
 * The settings file ({@code settings.json} in the data folder): the person's {@link Preferences}, the clinician's
 * PIN hash and the kiosk admin's. A file that cannot be read is moved aside as {@code NAME.corrupt-<time>} with one line, and the defaults
 * are used; one from a newer Foot Coach is left as it is and never overwritten.
 */
public final class SettingsStore {

    private final Path file;
    private final Clock wall;
    private final Consumer<String> problems;
    private final List<Consumer<Preferences>> changeListeners = new CopyOnWriteArrayList<>();
    private SettingsJson.Read current;
    private boolean readOnly;

    private SettingsStore(Path file, Clock wall, Consumer<String> problems) {
        this.file = file;
        this.wall = wall;
        this.problems = problems;
    }

    public static SettingsStore open(Path file, Clock wall, Consumer<String> problems) {
        SettingsStore store = new SettingsStore(file, wall, problems);
        store.load();
        return store;
    }

    public synchronized Preferences preferences() {
        return current.preferences();
    }

    public synchronized Optional<PinHash> clinicianPin() {
        return current.pin();
    }

    /**
     * Saves {@code preferences} with the PIN as it is; one line to {@code problems} when it cannot. Either way they
     * hold from now on, and each listener hears them.
     */
    public void save(Preferences preferences) {
        synchronized (this) {
            write(current.withPreferences(preferences));
        }
        changeListeners.forEach(listener -> listener.accept(preferences));
    }

    /** {@code listener} hears each change saved from now on, on the thread that saves it. */
    public void onChange(Consumer<Preferences> listener) {
        changeListeners.add(listener);
    }

    public synchronized void setClinicianPin(PinHash pin) {
        write(current.withPin(Optional.of(pin)));
    }

    /** The kiosk admin's PIN hash, if one is set ({@code --set-admin-pin}). */
    public synchronized Optional<PinHash> adminPin() {
        return current.adminPin();
    }

    public synchronized void setAdminPin(PinHash pin) {
        write(current.withAdminPin(Optional.of(pin)));
    }

    private void write(SettingsJson.Read next) {
        current = next;
        if (readOnly) {
            problems.accept(StoreText.get("settings.not-saved-newer", file));
            return;
        }
        try {
            AtomicFile.write(file, out -> out.write(SettingsJson.write(next).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            problems.accept(StoreText.get("settings.cannot-save", file, AtomicFile.reason(e)));
        }
    }

    private void load() {
        current = new SettingsJson.Read(Preferences.defaults(), Optional.empty(), Optional.empty());
        try {
            current = SettingsJson.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            // First start: the defaults, written at the first change.
            return;
        } catch (CharacterCodingException e) {
            setAside(StoreText.get("file.not-text"));
        } catch (IOException e) {
            readOnly = true;
            problems.accept(StoreText.get("settings.cannot-read", file, AtomicFile.reason(e)));
        } catch (DataFileException e) {
            if (e.setAside()) {
                setAside(e.getMessage());
            } else {
                readOnly = true;
                problems.accept(StoreText.get("settings.left", file, e.getMessage()));
            }
        }
    }

    private void setAside(String why) {
        try {
            Path aside = DataFiles.moveAside(file, wall.instant());
            problems.accept(StoreText.get("settings.set-aside", file, aside.getFileName(), why));
        } catch (IOException e) {
            readOnly = true;
            problems.accept(StoreText.get("settings.cannot-set-aside", file, why, AtomicFile.reason(e)));
        }
    }
}

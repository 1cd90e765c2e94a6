package org.footcoach.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.footcoach.session.DoseChoice;
import org.footcoach.session.DoseChoices;
import org.footcoach.session.KioskPreferences;
import org.footcoach.session.Preferences;
import org.footcoach.session.ReadyMode;
import org.footcoach.session.SessionSettings;

/** The settings file's JSON, with a {@code version}; a newer version is refused so it is never overwritten. */
final class SettingsJson {
    static final int VERSION = 1;

    /** What a settings file holds: the clinician's PIN hash and the kiosk admin's, each if set. */
    record Read(Preferences preferences, Optional<PinHash> pin, Optional<PinHash> adminPin) {
        Read withPin(Optional<PinHash> next) {
            return new Read(preferences, next, adminPin);
        }

        Read withAdminPin(Optional<PinHash> next) {
            return new Read(preferences, pin, next);
        }

        Read withPreferences(Preferences next) {
            return new Read(next, pin, adminPin);
        }
    }

    private SettingsJson() {
    }

    static String write(Read settings) {
        Preferences p = settings.preferences();
        JsonObject o = new JsonObject();
        o.addProperty("version", VERSION);
        JsonObject doses = new JsonObject();
        p.doses().all().forEach((id, choice) -> {
            JsonObject d = new JsonObject();
            choice.sets().ifPresent(v -> d.addProperty("sets", v));
            choice.reps().ifPresent(v -> d.addProperty("reps", v));
            choice.holdSeconds().ifPresent(v -> d.addProperty("hold_seconds", v));
            choice.minutes().ifPresent(v -> d.addProperty("minutes", v));
            doses.add(id, d);
        });
        o.add("doses", doses);
        o.addProperty("tempo", p.tempoFactor());
        o.addProperty("before_standing", p.readyMode().name().toLowerCase(Locale.ROOT));
        p.voice().ifPresent(v -> o.addProperty("voice", v));
        o.addProperty("voice_speed", p.voiceSpeed());
        p.volumeStep().ifPresent(v -> o.addProperty("volume_step", v));
        p.theme().ifPresent(v -> o.addProperty("theme", v));
        o.addProperty("voice_commands", p.voiceCommands());
        p.microphone().ifPresent(v -> o.addProperty("microphone", v));
        JsonObject keys = new JsonObject();
        p.learntKeys().forEach(keys::addProperty);
        o.add("learnt_keys", keys);
        JsonObject kiosk = new JsonObject();
        JsonArray hidden = new JsonArray();
        p.kiosk().routinesHidden().stream().sorted().forEach(hidden::add);
        kiosk.add("routines_hidden", hidden);
        kiosk.addProperty("idle_seconds", p.kiosk().idleSeconds());
        kiosk.addProperty("warning_seconds", p.kiosk().warningSeconds());
        o.add("kiosk", kiosk);
        settings.pin().ifPresent(pin -> o.addProperty("clinician_pin", pin.toText()));
        settings.adminPin().ifPresent(pin -> o.addProperty("admin_pin", pin.toText()));
        return o.toString();
    }

    static Read read(String text) throws DataFileException {
        if (text.isBlank()) {
            throw new DataFileException(StoreText.get("file.empty"), true);
        }
        try {
            JsonObject o = JsonParser.parseString(text).getAsJsonObject();
            int version = o.get("version").getAsInt();
            if (version > VERSION) {
                throw new DataFileException(StoreText.get("file.newer", version, VERSION), false);
            }
            if (version < 1) {
                throw new IllegalArgumentException(StoreText.get("file.no-version", version));
            }
            Map<String, DoseChoice> doses = new HashMap<>();
            for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("doses").entrySet()) {
                JsonObject d = e.getValue().getAsJsonObject();
                doses.put(e.getKey(), new DoseChoice(optional(d, "sets"), optional(d, "reps"),
                        optional(d, "hold_seconds"), optional(d, "minutes")));
            }
            double tempo = o.get("tempo").getAsDouble();
            if (!(tempo >= SessionSettings.FASTEST && tempo <= SessionSettings.SLOWEST)) {
                throw new IllegalArgumentException(StoreText.get("settings.tempo", tempo));
            }
            // Version 1 files from before the voice speed, the volume, learnt keys, the kiosk's choices and the admin
            // PIN read as their defaults (no admin PIN).
            Map<String, String> keys = new HashMap<>();
            if (o.has("learnt_keys")) {
                o.getAsJsonObject("learnt_keys").entrySet().forEach(e -> keys.put(e.getKey(),
                        e.getValue().getAsString()));
            }
            return new Read(new Preferences(new DoseChoices(doses), tempo,
                    ReadyMode.valueOf(o.get("before_standing").getAsString().toUpperCase(Locale.ROOT)),
                    text(o, "voice"), o.has("voice_speed") ? o.get("voice_speed").getAsDouble() : 1.0,
                    optional(o, "volume_step"), text(o, "theme"), o.get("voice_commands").getAsBoolean(),
                    text(o, "microphone"), keys, kiosk(o)), pin(o, "clinician_pin"), pin(o, "admin_pin"));
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException | NullPointerException
                 | UnsupportedOperationException e) {
            throw new DataFileException(StoreText.get("settings.unreadable", e.getMessage()), true);
        }
    }

    private static KioskPreferences kiosk(JsonObject o) {
        KioskPreferences usual = KioskPreferences.defaults();
        if (!o.has("kiosk")) {
            return usual;
        }
        JsonObject k = o.getAsJsonObject("kiosk");
        Set<String> hidden = new HashSet<>();
        if (k.has("routines_hidden")) {
            k.getAsJsonArray("routines_hidden").forEach(id -> hidden.add(id.getAsString()));
        }
        return new KioskPreferences(hidden, optional(k, "idle_seconds").orElse(usual.idleSeconds()),
                optional(k, "warning_seconds").orElse(usual.warningSeconds()));
    }

    private static Optional<PinHash> pin(JsonObject o, String field) {
        return o.has(field) ? Optional.of(PinHash.fromText(o.get(field).getAsString())) : Optional.empty();
    }

    private static OptionalInt optional(JsonObject o, String field) {
        return o.has(field) ? OptionalInt.of(o.get(field).getAsInt()) : OptionalInt.empty();
    }

    private static Optional<String> text(JsonObject o, String field) {
        return o.has(field) ? Optional.of(o.get(field).getAsString()) : Optional.empty();
    }
}

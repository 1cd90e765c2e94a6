package org.footcoach.speech;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.footcoach.session.Earcon;

/**
 * The earcons, loaded once from {@code /audio/<Earcon.fileName()>.wav} on the class path (the top-level
 * {@code audio/} folder, packed into the jar). They are played as made, not levelled: they are meant to be softer
 * than speech. See {@code audio/README.md}.
 */
public final class EarconSounds {
    private final Map<Earcon, Pcm> sounds;

    private EarconSounds(Map<Earcon, Pcm> sounds) {
        this.sounds = sounds;
    }

    /** Loads all earcons; a missing one is an error in the build, reported with its resource name. */
    public static EarconSounds load() {
        Map<Earcon, Pcm> sounds = new EnumMap<>(Earcon.class);
        for (Earcon earcon : Earcon.values()) {
            String resource = resourceName(earcon);
            try (InputStream in = EarconSounds.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new SpeechException("The earcon " + resource + " is missing from the app's files.");
                }
                sounds.put(earcon, withoutLeadingSilence(WavReader.toPcm(WavReader.samples(in, resource))));
            } catch (IOException e) {
                throw new SpeechException("Cannot read the earcon " + resource + ": " + e.getMessage(), e);
            }
        }
        return new EarconSounds(sounds);
    }

    /** A sine that starts at phase 0 begins with a zero sample; the earcon's time is its first sound. */
    private static Pcm withoutLeadingSilence(Pcm pcm) {
        int first = 0;
        while (first < pcm.sampleCount() && pcm.sampleAt(first) == 0) {
            first++;
        }
        return Pcm.wrap(Arrays.copyOfRange(pcm.samples(), first, pcm.sampleCount()));
    }

    public static String resourceName(Earcon earcon) {
        return "/audio/" + earcon.fileName() + ".wav";
    }

    public Pcm sound(Earcon earcon) {
        return sounds.get(earcon);
    }
}

package org.footcoach.app;

import java.util.List;
import java.util.Locale;
import org.footcoach.listen.corpus.EspeakSpeaker;
import org.footcoach.listen.corpus.Noise;
import org.footcoach.listen.corpus.Speaker;

/**
 * One condition of the live-session benchmark: who speaks to the app, what else the microphone hears, and whether
 * the loudspeaker reaches it.
 *
 * @param appHeard whether the app's own sound reaches the microphone through the room
 * @param snrDb    the background's level under the person's words, when there is one
 */
record LiveScenario(String id, String label, List<Speaker> voices, boolean appHeard, Background background,
                    double snrDb) {

    enum Background {
        NONE, HOUSEHOLD, BABBLE;

        /** A minute or two of it, looped under the session. */
        short[] make() {
            return switch (this) {
                case NONE -> new short[0];
                case HOUSEHOLD -> Noise.household(60, 3);
                case BABBLE -> Noise.babble(120);
            };
        }
    }

    private static final Speaker PERSON = new EspeakSpeaker("en-us", 150, 50);
    private static final double ROUTINE_SNR = 10;

    static List<LiveScenario> all() {
        List<Speaker> mixed = List.of(new EspeakSpeaker("en-gb", 160, 50), new EspeakSpeaker("en-gb-x-rp", 130, 35),
                new EspeakSpeaker("en-gb-x-rp", 170, 60), new EspeakSpeaker("en-us", 195, 65),
                new EspeakSpeaker("en-gb", 130, 35));
        return List.of(
                new LiveScenario("quiet", "clean, the app's sound not reaching the microphone", List.of(PERSON), false,
                        Background.NONE, 0),
                new LiveScenario("clean", "clean, the app's sound in the room (echo)", List.of(PERSON), true,
                        Background.NONE, 0),
                new LiveScenario("mixed", "five voices in turn, the app's sound in the room", mixed, true,
                        Background.NONE, 0),
                new LiveScenario("noise", String.format(Locale.ROOT,
                        "household noise %.0f dB, the app's sound in the room", ROUTINE_SNR), List.of(PERSON), true,
                        Background.HOUSEHOLD, ROUTINE_SNR),
                new LiveScenario("babble", String.format(Locale.ROOT,
                        "four people talking at once %.0f dB, the app's sound in the room", ROUTINE_SNR),
                        List.of(PERSON), true, Background.BABBLE, ROUTINE_SNR));
    }
}

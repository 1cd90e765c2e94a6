package org.footcoach.listen.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.footcoach.listen.cancel.SimulatedRoom;
import org.footcoach.listen.corpus.EspeakSpeaker;
import org.footcoach.listen.corpus.Speaker;

/**
 * The microphone signals of {@code EchoCancellingBenchmark}, built the same way: each room hearing the app's
 * counting, with room noise RMS 0 or 100, and a person's command at 30 places from 5.0 to 7.9 s at 6 and 0 dB over
 * the echo; plus, per room and noise, the echo alone (for how much of it is taken out).
 */
final class MicrophoneCases {
    private static final int SECOND = 16_000;
    static final double[] NOISES = {0, 100};
    static final double[] OVER_ECHO = {6, 0};
    static final int PLACES = 30;

    /** One microphone signal: {@code step} is -1 for the echo alone. */
    record Case(SimulatedRoom.Room room, double noise, double overEcho, int step, int at, int length, short[] mic) {
        String name() {
            return step < 0 ? String.format(Locale.ROOT, "%s-%.0f-echo", room, noise)
                    : String.format(Locale.ROOT, "%s-%.0f-%.0f-%02d", room, noise, overEcho, step);
        }

        boolean echoOnly() {
            return step < 0;
        }
    }

    private final List<Speaker> people = List.of(new EspeakSpeaker("en-us", 160, 50),
            new EspeakSpeaker("en-gb", 130, 35), new EspeakSpeaker("en-gb-x-rp", 195, 65));
    private final short[] counting;
    private final String word;

    MicrophoneCases(short[] counting, String word) {
        this.counting = counting;
        this.word = word;
    }

    /** Every case, each room's echo alone first, in the order the benchmark's table lists them. */
    List<Case> all() {
        List<Case> cases = new ArrayList<>();
        for (SimulatedRoom.Room room : SimulatedRoom.Room.values()) {
            short[] roomEcho = room.hear(counting);
            for (double noise : NOISES) {
                short[] noiseOnly = SimulatedRoom.echo(new short[counting.length], 0.5f, noise, 7);
                short[] echo = SimulatedRoom.withVoice(roomEcho, noiseOnly, 0, 1);
                cases.add(new Case(room, noise, 0, -1, 0, 0, echo));
                for (double overEcho : OVER_ECHO) {
                    for (int step = 0; step < PLACES; step++) {
                        cases.add(withPerson(room, noise, overEcho, step, echo));
                    }
                }
            }
        }
        return cases;
    }

    private Case withPerson(SimulatedRoom.Room room, double noise, double overEcho, int step, short[] echo) {
        short[] said = people.get(step % people.size()).say(word);
        int at = 5 * SECOND + step * 1_600;
        double gain = Math.pow(10, overEcho / 20) * Math.max(SimulatedRoom.rms(echo, at, said.length), 300)
                / SimulatedRoom.rms(said, 0, said.length);
        return new Case(room, noise, overEcho, step, at, said.length, SimulatedRoom.withVoice(echo, said, at, gain));
    }
}

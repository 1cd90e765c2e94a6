package org.footcoach.listen.cancel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.footcoach.listen.corpus.EspeakSpeaker;
import org.footcoach.listen.corpus.FreeTtsSpeaker;
import org.footcoach.listen.corpus.Noise;
import org.junit.jupiter.api.Test;

/**
 * The canceller tells whether the app's loudspeaker reaches the microphone at all: in a room it does, with
 * headphones or a loudspeaker far away it does not, though someone speaks while the app plays.
 */
class LoudspeakerHeardTest {
    private static final int RATE = 16_000;
    private final short[] app = new FreeTtsSpeaker().say("Hold the strap firmly so it does not slip. Breathe out "
            + "slowly as you press your foot down.");

    @Test
    void theLoudspeakerInTheRoomIsHeard() {
        short[] played = withQuietAround(app);
        assertThat(heardTheLoudspeaker(played, SimulatedRoom.echo(played, 0.5f, 30, 1))).isTrue();
    }

    @Test
    void aPersonTalkingWhileTheAppPlaysIsNotTheLoudspeaker() {
        short[] played = withQuietAround(app);
        short[] mic = new short[played.length];
        short[] talk = new EspeakSpeaker("en-us", 160, 50).say("They changed the opening hours again, it closes at "
                + "four now. Did you sleep well last night?");
        System.arraycopy(talk, 0, mic, RATE, Math.min(talk.length, mic.length - RATE));
        Random hiss = new Random(2);
        for (int i = 0; i < mic.length; i++) {
            mic[i] = Noise.clip(mic[i] + hiss.nextGaussian() * 30);
        }
        assertThat(heardTheLoudspeaker(played, mic)).isFalse();
    }

    private static boolean heardTheLoudspeaker(short[] played, short[] mic) {
        try (EchoCancellingSource source = SimulatedRoom.cancelling(played, mic)) {
            SimulatedRoom.readAll(source, mic.length);
            return source.hearsTheLoudspeaker();
        }
    }

    private static short[] withQuietAround(short[] sound) {
        short[] out = new short[sound.length + 2 * RATE];
        System.arraycopy(sound, 0, out, RATE, sound.length);
        return out;
    }
}

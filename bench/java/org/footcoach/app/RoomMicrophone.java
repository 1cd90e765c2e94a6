package org.footcoach.app;

import java.util.Random;
import org.footcoach.listen.AudioSource;
import org.footcoach.listen.cancel.SimulatedRoom;

/**
 * The microphone of a simulated room during a live session, 20 ms at a time: the person (who decides what to say as
 * each chunk begins), the background, a little hiss and, when the loudspeaker reaches it, what the app's
 * {@link VirtualLoudspeaker} really played, heard through {@link SimulatedRoom.Room#THREE_WALL_ECHOES}. The output
 * runs 80 ms ahead of the microphone, less one to three blocks, as the threads of a real sound card take turns (as in
 * {@link SimulatedRoom}). Ends once the person has finished.
 */
final class RoomMicrophone implements AudioSource {
    /** The person in the room, asked before each chunk of the microphone. */
    interface Person {
        /** Decides, at {@code atMillis} of the stream, whether to start saying something. */
        void before(long atMillis);

        boolean finished();

        /** What the person says at {@code sample} of the stream. */
        short sampleAt(long sample);
    }

    private static final int OUTPUT_AHEAD = 1_280;
    /** More than the room's longest way from loudspeaker to microphone, in samples. */
    private static final int ROOM_REACH = 2_048;

    private final Person person;
    private final VirtualLoudspeaker loudspeaker;
    private final double echoGain;
    private final short[] background;
    private final double backgroundGain;
    private final double hissRms;
    private final Random hiss = new Random(11);
    private long read;
    private int chunks;

    /**
     * @param echoGain       the room's sound of the loudspeaker is scaled by this; 0 when it does not reach the
     *                       microphone
     * @param background     looped under everything, scaled by {@code backgroundGain} (empty for none)
     */
    RoomMicrophone(Person person, VirtualLoudspeaker loudspeaker, double echoGain, short[] background,
                   double backgroundGain, double hissRms) {
        this.person = person;
        this.loudspeaker = loudspeaker;
        this.echoGain = echoGain;
        this.background = background;
        this.backgroundGain = backgroundGain;
        this.hissRms = hissRms;
    }

    @Override
    public String name() {
        return "simulated room";
    }

    @Override
    public boolean endsByItself() {
        return true;
    }

    @Override
    public int read(byte[] buffer) {
        person.before(read / 16);
        if (person.finished()) {
            return -1;
        }
        int n = buffer.length / 2;
        int late = chunks++ == 0 ? 0 : 320 + (chunks % 3) * 320;
        loudspeaker.handOverUntil(read + n + OUTPUT_AHEAD - late);
        short[] echo = echoGain > 0 ? roomSound(n) : new short[n];
        for (int i = 0; i < n; i++) {
            long at = read + i;
            double s = echoGain * echo[i] + person.sampleAt(at) + hiss.nextGaussian() * hissRms;
            if (background.length > 0) {
                s += backgroundGain * background[(int) (at % background.length)];
            }
            short out = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(s)));
            buffer[2 * i] = (byte) out;
            buffer[2 * i + 1] = (byte) (out >> 8);
        }
        read += n;
        return 2 * n;
    }

    /** The loudspeaker as the microphone hears it for the next {@code n} samples. */
    private short[] roomSound(int n) {
        short[] played = loudspeaker.played(read - ROOM_REACH, ROOM_REACH + n);
        short[] heard = SimulatedRoom.Room.THREE_WALL_ECHOES.hear(played);
        short[] out = new short[n];
        System.arraycopy(heard, ROOM_REACH, out, 0, n);
        return out;
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}

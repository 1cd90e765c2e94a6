package org.footcoach.listen.cancel;

/**
 * How much of what the microphone heard was the app's own sound, judged by loudness alone: for each 20 ms block, how
 * loud the played sound was (lined up with the microphone) and how loud the microphone was. How loud the echo is for
 * a given played loudness is learnt by fitting one to the other over the last several seconds of played sound. A
 * person's voice and the room's noise do not rise and fall with the played sound, so they only add to the fit's
 * constant. The echo canceller's filter learns little where people talk nearby (babble only 4 dB under the echo),
 * and the app's own words then come through it as they are; this fit still finds them (bench/RESULTS.md, "Babble").
 * Not thread-safe: the reading thread adds and asks.
 */
final class PlayedShare {
    /**
     * The fit's means are plain means over the first this many blocks of played sound, then move one part in this
     * many with each block: about ten seconds of it.
     */
    private static final int FIT_BLOCKS = 500;
    /** The fit answers once this many blocks of played sound (five seconds) went into it. */
    private static final int LEARNT = 250;
    /** The app's own: the echo the fit expects is at least this share of the microphone's energy (-4 dB) ... */
    private static final double APP_SHARE = 0.4;
    /** ... over the blocks that stand out of the room's noise energy by this multiple (6 dB) ... */
    private static final double OVER_NOISE = 4;
    /** ... and over this energy per sample (RMS 30), for a room whose noise is unknown ... */
    private static final double FLOOR = 900;
    /** ... when there are at least this many of them (60 ms). */
    private static final int MIN_BLOCKS = 3;

    private final KeptBlocks blocks = new KeptBlocks();
    private final double[] micEnergy = new double[KeptBlocks.KEPT];
    private final double[] playedEnergy = new double[KeptBlocks.KEPT];
    private final double[] noiseEnergy = new double[KeptBlocks.KEPT];
    private int inBlock;
    private double micSum;
    private double playedSum;
    private double lastPlayed;
    private double meanPlayed;
    private double meanMic;
    private double meanPlayedTimesMic;
    private double meanPlayedSquared;
    private int playedBlocks;

    /**
     * {@code n} samples of the microphone and of the played sound lined up with it (silence where nothing is known to
     * line up); {@code noiseRms}: the room's noise now.
     */
    void add(short[] mic, short[] played, int n, double noiseRms) {
        for (int i = 0; i < n; i++) {
            micSum += (double) mic[i] * mic[i];
            playedSum += (double) played[i] * played[i];
            if (++inBlock == KeptBlocks.SAMPLES) {
                endBlock(micSum / KeptBlocks.SAMPLES, playedSum / KeptBlocks.SAMPLES,
                        Math.max(FLOOR, noiseRms * noiseRms));
                inBlock = 0;
                micSum = 0;
                playedSum = 0;
            }
        }
    }

    private void endBlock(double mic, double played, double noise) {
        // The echo of a block reaches into the next: the room's echoes and the filter's margin.
        double reaching = played + lastPlayed;
        lastPlayed = played;
        int at = blocks.end();
        micEnergy[at] = mic;
        playedEnergy[at] = reaching;
        noiseEnergy[at] = noise;
        if (reaching > 0) {
            // Plain means until there are enough blocks for the moving ones: means moved from zero would take a
            // loud room's noise (a large mean of the microphone) for echo.
            playedBlocks = Math.min(playedBlocks + 1, FIT_BLOCKS);
            double step = 1.0 / playedBlocks;
            meanPlayed += step * (reaching - meanPlayed);
            meanMic += step * (mic - meanMic);
            meanPlayedTimesMic += step * (reaching * mic - meanPlayedTimesMic);
            meanPlayedSquared += step * (reaching * reaching - meanPlayedSquared);
        }
    }

    /** The microphone's energy that comes with each unit of played energy, as fitted. */
    private double echoPerPlayed() {
        double spread = meanPlayedSquared - meanPlayed * meanPlayed;
        return spread > 0 ? Math.max(0, (meanPlayedTimesMic - meanPlayed * meanMic) / spread) : 0;
    }

    /**
     * Whether the sound between the two stream times (ms) was largely the echo of what was played: over the blocks
     * that stand out of the room's noise, the echo the fit expects there is {@value #APP_SHARE} or more of what the
     * microphone heard.
     */
    boolean wasMostlyPlayed(long fromMillis, long toMillis) {
        if (playedBlocks < LEARNT) {
            return false;
        }
        double gain = echoPerPlayed();
        double heard = 0;
        double expected = 0;
        int judged = 0;
        for (long b = blocks.first(fromMillis); b <= blocks.last(toMillis); b++) {
            int at = KeptBlocks.slot(b);
            if (micEnergy[at] > OVER_NOISE * noiseEnergy[at]) {
                heard += micEnergy[at];
                expected += gain * playedEnergy[at];
                judged++;
            }
        }
        return judged >= MIN_BLOCKS && expected >= APP_SHARE * heard;
    }
}

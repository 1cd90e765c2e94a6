package org.footcoach.speech;

import com.sun.speech.freetts.VoiceManager;

/**
 * FreeTTS kevin16 (built in, needs nothing installed). Renders in memory through {@link CollectingAudioPlayer}.
 * One FreeTTS voice is not safe to use from two threads, so rendering is serialised; voices made by
 * {@link #atSpeed(double)} share the loaded engine (loading takes about two seconds) and set their own rate on it
 * for each render.
 */
public final class FreeTtsVoice implements Voice {
    public static final String NAME = "freetts";
    /** Clearest measured rate for kevin16; slower made count words worse. */
    public static final int DEFAULT_WORDS_PER_MINUTE = 145;
    private static final String VOICES_PROPERTY = "freetts.voices";
    private static final String KEVIN_DIRECTORY = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";
    private static final String KEVIN16 = "kevin16";

    private final com.sun.speech.freetts.Voice voice;
    private final CollectingAudioPlayer player;
    private final int ownWordsPerMinute;
    private final double speed;

    public FreeTtsVoice() {
        this(DEFAULT_WORDS_PER_MINUTE);
    }

    public FreeTtsVoice(int wordsPerMinute) {
        if (System.getProperty(VOICES_PROPERTY) == null) {
            System.setProperty(VOICES_PROPERTY, KEVIN_DIRECTORY);
        }
        voice = VoiceManager.getInstance().getVoice(KEVIN16);
        if (voice == null) {
            throw new SpeechException("The built-in FreeTTS voice " + KEVIN16 + " is missing from the class path.");
        }
        player = new CollectingAudioPlayer();
        voice.setAudioPlayer(player);
        voice.allocate();
        ownWordsPerMinute = wordsPerMinute;
        speed = 1.0;
    }

    private FreeTtsVoice(FreeTtsVoice engine, double speed) {
        this.voice = engine.voice;
        this.player = engine.player;
        this.ownWordsPerMinute = engine.ownWordsPerMinute;
        this.speed = speed;
    }

    /** This voice at {@code speed} times its own words per minute, on the same loaded engine. */
    public FreeTtsVoice atSpeed(double speed) {
        return new FreeTtsVoice(this, speed);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double speed() {
        return speed;
    }

    @Override
    public Pcm render(String text) {
        synchronized (voice) {
            voice.setRate((float) (ownWordsPerMinute * speed));
            player.reset();
            if (!voice.speak(text)) {
                throw new SpeechException("FreeTTS could not say: " + text);
            }
            return ClipShaper.shape(player.take(), player.sampleRate());
        }
    }
}

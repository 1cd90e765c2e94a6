package org.footcoach.speech;

import com.sun.speech.freetts.VoiceManager;

/**
 * FreeTTS kevin16 (built in, needs nothing installed). Renders in memory through {@link CollectingAudioPlayer}.
 * One FreeTTS voice is not safe to use from two threads, so rendering is serialised.
 */
public final class FreeTtsVoice implements Voice {
    public static final String NAME = "freetts";
    /** Clearest measured rate for kevin16; slower made count words worse. */
    public static final int DEFAULT_WORDS_PER_MINUTE = 145;
    private static final String VOICES_PROPERTY = "freetts.voices";
    private static final String KEVIN_DIRECTORY = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";
    private static final String KEVIN16 = "kevin16";

    private final com.sun.speech.freetts.Voice voice;
    private final CollectingAudioPlayer player = new CollectingAudioPlayer();

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
        voice.setAudioPlayer(player);
        voice.allocate();
        voice.setRate(wordsPerMinute);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public synchronized Pcm render(String text) {
        player.reset();
        if (!voice.speak(text)) {
            throw new SpeechException("FreeTTS could not say: " + text);
        }
        return ClipShaper.shape(player.take(), player.sampleRate());
    }
}

package org.footcoach.listen.corpus;

/** espeak-ng with a voice, speed (words a minute) and pitch, resampled to 16 kHz by sox. */
public record EspeakSpeaker(String voice, int wordsPerMinute, int pitch) implements Speaker {

    @Override
    public String name() {
        return "espeak-ng " + voice + " " + wordsPerMinute + "wpm p" + pitch;
    }

    @Override
    public short[] say(String text) {
        return Tools.rawPcm("espeak-ng --stdout -v " + voice + " -s " + wordsPerMinute + " -p " + pitch + " "
                + Tools.quote(text) + Tools.TO_RAW);
    }
}

package org.footcoach.speech;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.footcoach.session.Cue;

/**
 * Collects a session's cues into one track: each cue's PCM (speech or earcon) at its exact sample, and one caption
 * per spoken cue from its onset to the end of its PCM. The offline render feeds it; tests read it.
 */
public final class CueMixdown {
    private final PhraseCache cache;
    private final TrackMixer mixer = new TrackMixer();
    private final List<Caption> captions = new ArrayList<>();
    private final List<Cue> cues = new ArrayList<>();

    public CueMixdown(PhraseCache cache) {
        this.cache = cache;
    }

    public void add(Cue cue) {
        Pcm pcm = cache.pcmOf(cue);
        mixer.place(pcm, Pcm.sampleOf(cue.atMillis()));
        cues.add(cue);
        if (cue instanceof Cue.Speech speech) {
            captions.add(new Caption(cue.atMillis(), cue.atMillis() + pcm.millis(), speech.text()));
        }
    }

    /** Ends the track no earlier than this time, so it can close on a moment of silence. */
    public void endAt(long millis) {
        mixer.extendTo(Pcm.sampleOf(millis));
    }

    public List<Cue> cues() {
        return List.copyOf(cues);
    }

    public List<Caption> captions() {
        return List.copyOf(captions);
    }

    public Pcm track() {
        return mixer.toPcm();
    }

    public int clippedSamples() {
        return mixer.clippedSamples();
    }

    public void write(Path wav, Path vtt) {
        WavWriter.write(track(), wav);
        VttWriter.write(captions, vtt);
    }
}

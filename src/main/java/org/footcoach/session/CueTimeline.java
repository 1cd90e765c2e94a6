package org.footcoach.session;

import java.util.ArrayList;
import java.util.List;

/** Runs a whole plan headless on a virtual clock, never waiting for GO, and collects what it says and plays. */
public final class CueTimeline {
    private CueTimeline() {
    }

    /** Every cue of the plan, in time order. Settings' ready mode is forced to AUTO. */
    public static List<Cue> render(Plan plan, SpeechLength lengths, SessionSettings settings) {
        VirtualClock clock = new VirtualClock();
        SessionEngine engine = new SessionEngine(plan, clock, clock, lengths, settings.withReadyMode(ReadyMode.AUTO));
        List<Cue> cues = new ArrayList<>();
        engine.addListener(new SessionListener() {
            @Override
            public void cue(Cue cue) {
                cues.add(cue);
            }
        });
        engine.start();
        clock.runUntilIdle();
        return cues;
    }
}

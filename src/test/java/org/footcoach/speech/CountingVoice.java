package org.footcoach.speech;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test voice: a 440 Hz tone 60 ms per character, levelled, and a record of every text it rendered. */
final class CountingVoice implements Voice {
    final List<String> rendered = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
        return "tone";
    }

    @Override
    public Pcm render(String text) {
        rendered.add(text);
        float[] samples = new float[text.length() * 60 * Pcm.SAMPLES_PER_MILLI];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (0.3 * Math.sin(2 * Math.PI * 440 * i / Pcm.SAMPLE_RATE));
        }
        return Loudness.level(samples);
    }
}

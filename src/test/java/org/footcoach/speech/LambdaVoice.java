package org.footcoach.speech;

import java.util.function.Function;

/** A test voice whose rendering is a function: a slow, broken or interrupted engine in one line. */
record LambdaVoice(String name, Function<String, Pcm> renderer) implements Voice {
    @Override
    public Pcm render(String text) {
        return renderer.apply(text);
    }
}

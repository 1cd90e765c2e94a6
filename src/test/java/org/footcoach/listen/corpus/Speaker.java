package org.footcoach.listen.corpus;

/** A synthetic voice for the test corpus: text in, 16 kHz mono samples out. */
public interface Speaker {
    String name();

    short[] say(String text);
}

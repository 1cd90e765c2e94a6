package org.footcoach.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A recorder for tests of the Record my voice screen: it does what it is asked at once and keeps a list of it; the
 * test says when a recording ends ({@link #finish}) and how loud the microphone is.
 */
final class FakeRecorder implements PhraseRecorder {
    final List<String> done = new ArrayList<>();
    final Set<String> saved = new HashSet<>();
    private final boolean microphone;
    private Events events;

    FakeRecorder(boolean microphone) {
        this.microphone = microphone;
    }

    @Override
    public void tell(Events receiver) {
        events = receiver;
    }

    @Override
    public void checkMicrophone() {
        if (!microphone) {
            events.noMicrophone();
        }
    }

    @Override
    public boolean saved(String phraseKey) {
        return saved.contains(phraseKey);
    }

    @Override
    public void record(String phraseKey) {
        done.add("record");
    }

    @Override
    public void stop() {
        done.add("stop");
    }

    /** The recording ends, {@code heard} something or not. */
    void finish(boolean heard) {
        events.recorded(heard);
    }

    void level(double level) {
        events.level(level);
    }

    void fail(String sentence) {
        events.failed(sentence);
    }

    @Override
    public void playTake() {
        done.add("play take");
    }

    @Override
    public void playSaved(String phraseKey) {
        done.add("play " + phraseKey);
    }

    @Override
    public void keep(String phraseKey) {
        saved.add(phraseKey);
        done.add("keep " + phraseKey);
    }

    @Override
    public void drop() {
        done.add("drop");
    }

    @Override
    public void delete(String phraseKey) {
        saved.remove(phraseKey);
        done.add("delete " + phraseKey);
    }

    @Override
    public void leave() {
        done.add("leave");
    }
}

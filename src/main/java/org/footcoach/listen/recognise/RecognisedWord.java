package org.footcoach.listen.recognise;

/** One word of a Vosk result: times in seconds from the start of the stream, confidence 0..1. */
record RecognisedWord(String word, double startSeconds, double endSeconds, double confidence) {
}

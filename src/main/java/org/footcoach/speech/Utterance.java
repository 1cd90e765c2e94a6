package org.footcoach.speech;

/** Words to render: their phrase key (null for words that have none) and their text. */
record Utterance(String phraseKey, String text) {
}

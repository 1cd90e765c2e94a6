package org.footcoach.session;

import java.util.List;

/**
 * One row of the table of actions ({@link ActionTable}): a command with everything a person meets of it.
 *
 * @param keys      Java key names (as {@code KeyStroke.getKeyStroke(String)} reads them) that send it on a press
 * @param heldKeys  key names that send it when held down for a second
 * @param words     what to say for it, each a phrase the recogniser's grammar takes
 * @param name      the word shown after "Heard:"
 * @param what      what it does, as the controls table says
 * @param keysShown the keys as the controls table writes them
 * @param button    the label of its button on the session screen
 * @param touch     where to touch for it, as the controls table says
 */
public record Action(Command command, List<String> keys, List<String> heldKeys, List<String> words, String name,
                     String what, String keysShown, String button, String touch) {
    public Action {
        keys = List.copyOf(keys);
        heldKeys = List.copyOf(heldKeys);
        words = List.copyOf(words);
    }
}

package org.footcoach.sheet;

import java.util.Optional;

/**
 * The drawn picture of an exercise as inline SVG markup, read as text from the screens' pictures folder
 * (org/footcoach/ui/pictures, see its README) by path, so this package needs nothing of the ui package.
 */
final class SheetPictures {
    private static final String FOLDER = "org/footcoach/ui/pictures/";

    private SheetPictures() {
    }

    /** The {@code <svg>} element of the picture with this name, or empty when there is no such picture. */
    static Optional<String> svg(String picture) {
        if (picture == null) {
            return Optional.empty();
        }
        // Inline in HTML the XML declaration and the comment before the root element have no place.
        return SheetResource.text(FOLDER + picture + ".svg").map(text -> text.substring(text.indexOf("<svg")));
    }
}

package org.footcoach.sheet;

import org.apache.commons.text.StringEscapeUtils;

/**
 * Builds an HTML document. Every text goes through {@link #text}, escaped by Commons Text; tags, class names and
 * our own SVG pictures are trusted markup.
 */
final class Html {
    private final StringBuilder out = new StringBuilder();

    /** Opens {@code tag}, with {@code className} when it is not null. */
    Html open(String tag, String className) {
        out.append('<').append(tag);
        if (className != null) {
            out.append(" class=\"").append(className).append('"');
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** {@code <tag class="...">text</tag>}, the text escaped. */
    Html element(String tag, String className, String text) {
        return open(tag, className).text(text).close(tag);
    }

    Html text(String text) {
        out.append(StringEscapeUtils.escapeHtml4(text));
        return this;
    }

    Html markup(String trusted) {
        out.append(trusted);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

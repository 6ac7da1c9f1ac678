package io.loclint.engine.files;

/**
 * Text from the checked tree (file and folder names, definition names, quoted values) made safe for a line of
 * terminal or log output: a newline in a folder name would forge a finding line of its own, an escape sequence
 * would retitle or clear the terminal, a bidirectional override would show the line in another order than it is
 * read. Such characters are written as Java escapes ({@code \n}, {@code \u001b}); everything else is kept.
 */
public final class Printable {
    private Printable() {
    }

    public static String escape(String text) {
        return escape(text, false);
    }

    /**
     * @param keepLineBreaks whether {@code \n} and {@code \r} stay as they are, for an output format that encodes
     *                       them itself (GitHub's {@code %0A})
     */
    public static String escape(String text, boolean keepLineBreaks) {
        if (text == null) {
            return null;
        }
        int first = 0;
        while (first < text.length() && !unsafe(text.charAt(first), keepLineBreaks)) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(c, keepLineBreaks)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /** C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional embeddings and isolates. */
    private static boolean unsafe(char c, boolean keepLineBreaks) {
        if (keepLineBreaks && (c == '\n' || c == '\r')) {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}

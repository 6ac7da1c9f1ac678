package io.loclint.cli.server;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

import java.util.List;

/**
 * An open document's text. Positions are the protocol's: 0-based lines, columns in UTF-16 code units (a Java
 * {@code char}), lines ended by {@code \n}, {@code \r\n} or {@code \r}.
 */
final class TextDocument {
    private final String uri;
    private final String text;

    TextDocument(String uri, String text) {
        this.uri = uri;
        this.text = text;
    }

    String uri() {
        return uri;
    }

    String text() {
        return text;
    }

    /** This document after the client's changes, applied in order (a change without a range replaces all). */
    TextDocument changed(List<TextDocumentContentChangeEvent> changes) {
        String current = text;
        for (TextDocumentContentChangeEvent change : changes) {
            if (change.getRange() == null) {
                current = change.getText();
            } else {
                int start = offset(current, change.getRange().getStart());
                int end = Math.max(start, offset(current, change.getRange().getEnd()));
                current = current.substring(0, start) + change.getText() + current.substring(end);
            }
        }
        return new TextDocument(uri, current);
    }

    /** The text of a 0-based line without its line end; "" past the last line. */
    String line(int line) {
        int start = lineStart(text, line);
        if (start < 0) {
            return "";
        }
        return text.substring(start, lineEnd(text, start));
    }

    /** The line end the document uses (its first one), for lines a code action inserts. */
    String lineSeparator() {
        int cr = text.indexOf('\r');
        int lf = text.indexOf('\n');
        if (cr >= 0 && (lf < 0 || cr < lf)) {
            return lf == cr + 1 ? "\r\n" : "\r";
        }
        return "\n";
    }

    /** The offset of a position; a column past its line's end is the line's end, a line past the last the end. */
    static int offset(String text, Position position) {
        int start = lineStart(text, position.getLine());
        if (start < 0) {
            return text.length();
        }
        return Math.min(start + Math.max(0, position.getCharacter()), lineEnd(text, start));
    }

    static Range range(int startLine, int startColumn, int endLine, int endColumn) {
        return new Range(new Position(startLine, startColumn), new Position(endLine, endColumn));
    }

    private static int lineStart(String text, int line) {
        if (line < 0) {
            return -1;
        }
        int start = 0;
        for (int i = 0; i < line; i++) {
            int next = nextLineStart(text, start);
            if (next < 0) {
                return -1;
            }
            start = next;
        }
        return start;
    }

    /** The start of the line after the one starting at {@code start}, or -1 when that is the last. */
    private static int nextLineStart(String text, int start) {
        int end = lineEnd(text, start);
        if (end >= text.length()) {
            return -1;
        }
        return text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
    }

    private static int lineEnd(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }
}

package io.loclint.grammar.docker;

import io.loclint.grammar.SourceText;

import java.util.Arrays;

/** An instruction's argument text joined across continuations, remembering where each character was written. */
final class Positions {
    private final StringBuilder text = new StringBuilder();
    private int[] lines = new int[64];
    private int[] columns = new int[64];

    /** @param charStart where the chunk starts in the file, in UTF-16 code units */
    void append(String chunk, int charStart, SourceText.LineIndex index) {
        int line = index.lineOf(charStart);
        int column = index.columnOf(charStart);
        for (int i = 0; i < chunk.length(); i++) {
            if (text.length() == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
                columns = Arrays.copyOf(columns, columns.length * 2);
            }
            // a chunk never spans a line break: continuations are separate tokens
            lines[text.length()] = line;
            columns[text.length()] = column + i;
            text.append(chunk.charAt(i));
        }
    }

    int length() {
        return text.length();
    }

    char charAt(int index) {
        return text.charAt(index);
    }

    int line(int index) {
        return lines[index];
    }

    int column(int index) {
        return columns[index];
    }

    @Override
    public String toString() {
        return text.toString();
    }
}

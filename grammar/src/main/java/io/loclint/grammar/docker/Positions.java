package io.loclint.grammar.docker;

import java.util.Arrays;

/** An instruction's argument text joined across continuations, remembering where each character was written. */
final class Positions {
    private final StringBuilder text = new StringBuilder();
    private int[] lines = new int[64];
    private int[] columns = new int[64];

    void append(String chunk, int line, int startColumn) {
        for (int i = 0; i < chunk.length(); i++) {
            if (text.length() == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
                columns = Arrays.copyOf(columns, columns.length * 2);
            }
            lines[text.length()] = line;
            columns[text.length()] = startColumn + i;
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

package io.loclint.grammar;

/** A source region: 1-based lines, 1-based columns counted in UTF-16 code units (SARIF's default column kind). */
public record Span(int startLine, int startColumn, int endLine, int endColumn) {
    public static Span point(int line, int column) {
        return new Span(line, column, line, column);
    }
}

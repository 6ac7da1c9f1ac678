package io.loclint.grammar;

import org.antlr.v4.runtime.Token;

/**
 * Turns ANTLR token offsets, which count code points, into spans that count UTF-16 code units (what SARIF and
 * editors expect); the two differ only after a character outside the Basic Multilingual Plane, such as an emoji.
 */
public final class TokenPositions {
    private final SourceText.LineIndex lines;
    private final int[] charOffsetOfCodePoint;

    public TokenPositions(String text) {
        this.lines = new SourceText.LineIndex(text);
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            charOffsetOfCodePoint = null;
        } else {
            charOffsetOfCodePoint = new int[codePoints + 1];
            int charOffset = 0;
            for (int cp = 0; cp < codePoints; cp++) {
                charOffsetOfCodePoint[cp] = charOffset;
                charOffset += Character.charCount(text.codePointAt(charOffset));
            }
            charOffsetOfCodePoint[codePoints] = charOffset;
        }
    }

    public SourceText.LineIndex lines() {
        return lines;
    }

    public int charOffset(int codePointOffset) {
        return charOffsetOfCodePoint == null ? codePointOffset
                : charOffsetOfCodePoint[Math.min(codePointOffset, charOffsetOfCodePoint.length - 1)];
    }

    public Span span(Token token) {
        return span(token.getStartIndex(), token.getStopIndex() + 1);
    }

    /** From one token's start to another's end. */
    public Span span(Token first, Token last) {
        return span(first.getStartIndex(), last.getStopIndex() + 1);
    }

    /** @param endCodePoint exclusive */
    public Span span(int startCodePoint, int endCodePoint) {
        return lines.span(charOffset(startCodePoint), charOffset(Math.max(startCodePoint, endCodePoint)));
    }
}

package io.loclint.engine.result;

import io.loclint.grammar.Span;

import java.util.List;

/**
 * An inline {@code # loclint: ignore[CODE, ...]} comment.
 *
 * @param targetLine the line whose findings it suppresses: its own line when it trails code, else the next line
 * @param span       the comment
 */
public record Suppression(String path, int targetLine, List<String> codes, Span span) {
}

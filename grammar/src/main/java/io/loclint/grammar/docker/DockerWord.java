package io.loclint.grammar.docker;

import io.loclint.grammar.Span;

/**
 * One shell-like word of an instruction's arguments.
 *
 * @param value the word with quotes removed and escapes resolved ({@code "a b"} gives {@code a b})
 * @param raw   the word as written
 * @param span  where it is written (may run over continued lines)
 */
public record DockerWord(String value, String raw, Span span) {
}

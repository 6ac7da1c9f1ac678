package io.loclint.grammar.dotenv;

import io.loclint.grammar.Span;

/**
 * One {@code [export] KEY=value} line of a {@code .env} file.
 *
 * @param value     the value as a program reading the file gets it: quotes removed, escapes of a double-quoted
 *                  value resolved, an unquoted value ending before {@code  #}
 * @param valueSpan the value as written, quotes included; an empty point after {@code =} when there is none
 */
public record DotenvEntry(String key, Span keySpan, String value, Span valueSpan, boolean exported, boolean quoted) {
}

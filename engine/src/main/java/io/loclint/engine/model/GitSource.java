package io.loclint.engine.model;

import io.loclint.grammar.Span;

/**
 * A dependency fetched from Git: a {@code [tool.uv.sources]} entry or a PEP 508 direct reference.
 *
 * @param url       the repository URL as written (may hold credentials: never print it whole)
 * @param refKind   {@code tag}, {@code rev}, {@code branch}, or {@code ref} for a PEP 508 {@code @ref}; null when
 *                  nothing pins it
 * @param ref       the pinned ref, or null
 */
public record GitSource(String distribution, String url, String refKind, String ref, String path, Span span) {
}

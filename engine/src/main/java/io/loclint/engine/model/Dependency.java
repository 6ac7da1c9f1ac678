package io.loclint.engine.model;

import io.loclint.grammar.Span;

/**
 * A declared dependency of a code location.
 *
 * @param distribution normalised distribution name (PEP 503)
 * @param requirement  the requirement as written, e.g. {@code pkg @ git+https://host/pkg.git@main}
 * @param path         the file that declares it (pyproject.toml, requirements.txt, setup.py)
 */
public record Dependency(String distribution, String requirement, String path, Span span) {
}

package io.loclint.rules;

import io.loclint.engine.model.CodeLocation;
import io.loclint.grammar.Span;

/**
 * Where a finding about a whole code location goes: the {@code [project] name} line of its pyproject.toml, where
 * the location declares who it is; else the first line of the file that made the folder a location.
 */
record LocationAnchor(String path, Span span) {
    static LocationAnchor of(CodeLocation location) {
        String prefix = location.directory().isEmpty() ? "" : location.directory() + "/";
        if (location.pyproject() != null) {
            Span name = location.pyproject().toml() == null ? null : location.pyproject().toml().spanOf("project.name");
            return new LocationAnchor(location.pyproject().path(), name != null ? name : Span.point(1, 1));
        }
        return new LocationAnchor(prefix + "setup.py", Span.point(1, 1));
    }
}

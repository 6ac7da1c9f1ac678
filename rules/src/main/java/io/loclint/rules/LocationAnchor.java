package io.loclint.rules;

import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.FileSpan;
import io.loclint.grammar.Span;

/**
 * Where a finding about a whole code location goes: the {@code [project] name} line of its pyproject.toml, where
 * the location declares who it is; else the file that made the folder a location.
 */
final class LocationAnchor {
    private LocationAnchor() {
    }

    static FileSpan of(CodeLocation location) {
        if (location.pyproject() != null && location.pyproject().toml() != null) {
            Span name = location.pyproject().toml().spanOf("project.name");
            if (name != null) {
                return new FileSpan(location.pyproject().path(), name);
            }
        }
        return location.marker();
    }
}

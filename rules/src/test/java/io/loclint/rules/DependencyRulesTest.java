package io.loclint.rules;

import org.junit.jupiter.api.Test;

import java.util.Set;

class DependencyRulesTest {
    @Test
    void gitSourcesAndUndeclaredImportsInEveryDeclarationFile() {
        FixtureRun.assertMatchesMarkers("dependencies", Set.of("DEP001", "DEP002"));
    }

    @Test
    void templateAndGraphFixtures() {
        FixtureRun.assertMatchesMarkers("template-code-location", Set.of("DEP001", "DEP002"));
        FixtureRun.assertMatchesMarkers("sloppy-permanent-delete", Set.of("DEP001", "DEP002"));
        FixtureRun.assertMatchesMarkers("graph-forms", Set.of("DEP001", "DEP002"));
        FixtureRun.assertMatchesMarkers("monorepo", Set.of("DEP001", "DEP002"));
    }
}

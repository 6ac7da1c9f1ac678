package io.loclint.rules;

import io.loclint.engine.Linter;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.testing.FixtureAssert;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs every registered rule over a fixture folder, the way {@code loclint check FOLDER} does. */
final class FixtureRun {
    private FixtureRun() {
    }

    static Path fixture(String name) {
        return FixtureAssert.testdata().resolve(name);
    }

    static RunResult run(Path fixture) {
        return new Linter(Registry.rules(), Registry.metas(), "test").run(fixture, List.of(fixture));
    }

    static Set<String> registeredCodes() {
        return Registry.rules().stream().map(r -> r.info().code()).collect(Collectors.toUnmodifiableSet());
    }

    static void assertMatchesMarkers(String fixtureName, Set<String> codes) {
        Path fixture = fixture(fixtureName);
        FixtureAssert.assertFindings(run(fixture), fixture, codes);
    }
}

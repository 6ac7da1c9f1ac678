package io.loclint.rules;

import io.loclint.engine.Linter;
import io.loclint.engine.config.ConfigLoader;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.testing.FixtureAssert;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs every registered rule over a fixture folder the way {@code loclint check FOLDER} does from inside it: with
 * the configuration found from the folder upwards.
 */
final class FixtureRun {
    private FixtureRun() {
    }

    static Path fixture(String name) {
        return FixtureAssert.testdata().resolve(name);
    }

    static RunResult run(Path fixture) {
        return new Linter(Registry.rules(), Registry.metas(), "test", ConfigLoader.find(fixture))
                .run(fixture, List.of(fixture));
    }

    static Set<String> registeredCodes() {
        return Registry.rules().stream().map(r -> r.info().code()).collect(Collectors.toUnmodifiableSet());
    }

    /** Fails on any finding the fixture does not mark, any marker not reported, and any malformed marker. */
    static void assertMatchesMarkers(Path fixture) {
        FixtureAssert.assertFindings(run(fixture), fixture, registeredCodes());
    }
}

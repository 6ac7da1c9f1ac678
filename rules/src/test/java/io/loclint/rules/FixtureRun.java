package io.loclint.rules;

import io.loclint.engine.Linter;
import io.loclint.engine.config.Configurations;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.ToolNotification;
import io.loclint.engine.testing.FixtureAssert;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs every registered rule over a fixture folder the way {@code loclint check FOLDER} does from inside it, with
 * the fixture's own configuration.
 */
final class FixtureRun {
    private FixtureRun() {
    }

    static Path fixture(String name) {
        return FixtureAssert.testdata().resolve(name);
    }

    /**
     * Configurations are read no higher than the fixture: one above it belongs to wherever the checkout happens to
     * sit, and must not change what the tests see.
     */
    static RunResult run(Path fixture) {
        return new Linter(Registry.rules(), Registry.metas(), "test",
                Configurations.find(List.of(fixture), fixture, Registry.options())).run(fixture, List.of(fixture));
    }

    static Set<String> registeredCodes() {
        return Registry.rules().stream().map(r -> r.info().code()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Fails on any finding the fixture does not mark, any marker not reported, any malformed marker, and any rule
     * that failed: a failed rule loses its findings, which a fixture marking none of that rule's would not show.
     */
    static void assertMatchesMarkers(Path fixture) {
        RunResult result = run(fixture);
        assertEquals(List.of(), result.notifications().stream().filter(n -> n.id().equals("rule-failed"))
                .map(ToolNotification::message).toList(), "rules failed on " + fixture.getFileName());
        FixtureAssert.assertFindings(result, fixture, registeredCodes());
    }
}

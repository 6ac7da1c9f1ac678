package io.loclint.rules;

import io.loclint.engine.Linter;
import io.loclint.engine.config.ConfigLoader;
import io.loclint.engine.testing.FixtureAssert;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

class ConfiguredCredentialsTest {
    /** credential-names adds secret words and credential-allow exempts values, from the fixture's loclint.toml. */
    @Test
    void configuredNamesAndAllowList() {
        Path fixture = FixtureRun.fixture("credentials-configured");
        var result = new Linter(Registry.rules(), Registry.metas(), "test",
                ConfigLoader.find(fixture, Registry.options()))
                .run(fixture, List.of(fixture));
        FixtureAssert.assertFindings(result, fixture, Set.of("SEC001", "SEC002"));
    }
}

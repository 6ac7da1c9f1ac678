package io.loclint.rules;

import org.junit.jupiter.api.Test;

import java.util.Set;

class EntryPointRuleTest {
    @Test
    void locationsWithoutALoadableEntryPoint() {
        FixtureRun.assertMatchesMarkers("entry-points", Set.of("LOC001"));
    }

    @Test
    void everyOtherFixtureHasItsEntryPoint() {
        FixtureRun.assertMatchesMarkers("naming", Set.of("LOC001"));
        FixtureRun.assertMatchesMarkers("placeholder-names", Set.of("LOC001"));
        FixtureRun.assertMatchesMarkers("bad-input", Set.of("LOC001"));
    }
}

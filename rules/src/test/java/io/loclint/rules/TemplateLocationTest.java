package io.loclint.rules;

import org.junit.jupiter.api.Test;

class TemplateLocationTest {
    /** The guide's template, exactly as the guide shows it, checked against every registered rule. */
    @Test
    void templateGivesExactlyItsMarkedFindings() {
        FixtureRun.assertMatchesMarkers("template-code-location", FixtureRun.registeredCodes());
    }
}

package io.loclint.rules;

import org.junit.jupiter.api.Test;

import java.util.Set;

class ImageRulesTest {
    private static final Set<String> IMAGE_CODES = Set.of("IMG001", "IMG002", "IMG003");

    @Test
    void dockerfilesChartsValuesAndManifests() {
        FixtureRun.assertMatchesMarkers("images", IMAGE_CODES);
    }

    @Test
    void templatesNeverGiveParseFindings() {
        FixtureRun.assertMatchesMarkers("images", Set.of("PAR001"));
    }

    @Test
    void templateFixtureImagesArePinned() {
        FixtureRun.assertMatchesMarkers("template-code-location", IMAGE_CODES);
    }
}

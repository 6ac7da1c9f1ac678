package io.loclint.rules;

import org.junit.jupiter.api.Test;

import java.util.Set;

class NamingRulesTest {
    @Test
    void jobOpAndScheduleNamesInEveryImportForm() {
        FixtureRun.assertMatchesMarkers("naming", Set.of("NAM001", "NAM002", "NAM003"));
    }

    @Test
    void placeholderAndNonSnakeCasePackageNames() {
        FixtureRun.assertMatchesMarkers("placeholder-names", Set.of("NAM004"));
    }

    @Test
    void domainNamedLocationsStaySilent() {
        FixtureRun.assertMatchesMarkers("entry-points", Set.of("NAM001", "NAM002", "NAM003", "NAM004"));
    }

    @Test
    void snakeCaseSuggestions() {
        org.junit.jupiter.api.Assertions.assertEquals("data_processing_job", Naming.toSnakeCase("DataProcessingJob"));
        org.junit.jupiter.api.Assertions.assertEquals("http_server_job", Naming.toSnakeCase("HTTPServerJob"));
        org.junit.jupiter.api.Assertions.assertEquals("normalise_stock", Naming.toSnakeCase("normalise-stock"));
        org.junit.jupiter.api.Assertions.assertEquals("n_2nd_run", Naming.toSnakeCase("2nd run"));
    }
}

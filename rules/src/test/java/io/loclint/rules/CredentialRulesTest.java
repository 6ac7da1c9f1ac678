package io.loclint.rules;

import org.junit.jupiter.api.Test;

import java.util.Set;

class CredentialRulesTest {
    @Test
    void credentialsInPythonAndConfigurationMatchTheMarkers() {
        FixtureRun.assertMatchesMarkers("credentials", Set.of("SEC001", "SEC002"));
    }
}

package io.loclint.rules;

import io.loclint.engine.testing.FixtureAssert;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every folder under {@code testdata/} against every rule, both ways: a new fixture is checked by being there. None
 * is left out: {@code hostile}, which the cli tests also copy and run, lints as a plain folder too (its symbolic
 * links are not followed, its binary file is a note, its broken files are PAR001 findings at their markers).
 */
class FixturesTest {
    @TestFactory
    Stream<DynamicTest> everyFixtureGivesExactlyItsMarkedFindings() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> list = Files.list(FixtureAssert.testdata())) {
            fixtures = list.filter(Files::isDirectory).sorted().toList();
        }
        // an empty stream would be zero tests, which JUnit reports as a success
        assertFalse(fixtures.isEmpty(), "no fixture under " + FixtureAssert.testdata());
        return fixtures.stream().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(),
                () -> FixtureRun.assertMatchesMarkers(fixture)));
    }
}

package io.loclint.rules;

import io.loclint.engine.testing.FixtureAssert;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Every folder under {@code testdata/} against every rule, both ways: a new fixture is checked by being there.
 */
class FixturesTest {
    @TestFactory
    Stream<DynamicTest> everyFixtureGivesExactlyItsMarkedFindings() throws IOException {
        try (Stream<Path> list = Files.list(FixtureAssert.testdata())) {
            return list.filter(Files::isDirectory).sorted().toList().stream()
                    .map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(),
                            () -> FixtureRun.assertMatchesMarkers(fixture)));
        }
    }
}

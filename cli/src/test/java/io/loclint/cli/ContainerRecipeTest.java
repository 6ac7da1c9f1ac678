package io.loclint.cli;

import io.loclint.engine.testing.FixtureAssert;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docker/Dockerfile as text, where no container engine is needed (ContainerImageIT builds and runs it). */
class ContainerRecipeTest {
    private static final Path ROOT = FixtureAssert.testdata().getParent();
    private static final Path DOCKERFILE = ROOT.resolve("docker/Dockerfile");

    @Test
    void loclintFindsNothingInItsOwnDockerfile() {
        CliTest.Run run = CliTest.run("check", "--fail-on", "note", DOCKERFILE.toString());
        assertEquals(new CliTest.Run(0, "No problems found in 1 file.\n", ""), run);
    }

    /** One exact Temurin 17 JRE release, never a moving tag such as 17-jre or latest. */
    @Test
    void theBaseIsOneTemurinJreRelease() throws IOException {
        List<String> bases = Files.readAllLines(DOCKERFILE).stream().filter(line -> line.startsWith("ARG JRE_IMAGE="))
                .toList();
        assertEquals(1, bases.size(), bases.toString());
        assertTrue(Pattern.matches("ARG JRE_IMAGE=eclipse-temurin:17\\.0\\.[0-9]+_[0-9]+-jre-[a-z]+", bases.get(0)),
                bases.get(0));
        assertEquals(List.of("FROM ${JRE_IMAGE} AS unpack", "FROM ${JRE_IMAGE}"),
                Files.readAllLines(DOCKERFILE).stream().filter(line -> line.startsWith("FROM ")).toList());
    }

    /** The build context is the repository root: only the release archive may be sent to the engine. */
    @Test
    void theBuildContextIsTheReleaseArchiveAlone() throws IOException {
        assertEquals(List.of("*", "!cli/target/loclint-*.tar.gz"), Files.readAllLines(ROOT.resolve(".dockerignore"))
                .stream().filter(line -> !line.startsWith("#") && !line.isBlank()).toList());
    }
}

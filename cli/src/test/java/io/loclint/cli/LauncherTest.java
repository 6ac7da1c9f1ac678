package io.loclint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The {@code ./loclint} launcher at the root of the checkout. */
class LauncherTest {

    /**
     * The first run builds with Maven; whoever reads that output through a pipe (a pre-push hook's log, an editor)
     * must get plain text. The launcher is run from a folder whose only project is an empty parent pom, so the
     * real Maven on PATH builds in a second and the launcher then finds no jar, which Java reports.
     */
    @Test
    void theFirstBuildWritesNoTerminalCodesIntoAPipe(@TempDir Path temp) throws IOException, InterruptedException {
        assumeTrue(onPath("mvn"), "no mvn on PATH to build with");
        Path root = Path.of(System.getProperty("loclint.root.dir", ".."));
        Path checkout = Files.createDirectories(temp.resolve("checkout"));
        Path launcher = Files.copy(root.resolve("loclint"), checkout.resolve("loclint"));
        Files.writeString(checkout.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
                  <groupId>test</groupId><artifactId>empty</artifactId><version>1</version><packaging>pom</packaging>
                </project>
                """);
        Path out = temp.resolve("stdout");
        Path err = temp.resolve("stderr");
        ProcessBuilder builder = new ProcessBuilder("bash", launcher.toString(), "--version")
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        // what the launcher itself passes to Maven, not what this machine's environment adds
        builder.environment().remove("MAVEN_OPTS");
        Process process = builder.start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the launcher did not finish");

        Path jar = checkout.resolve("cli/target/loclint-all.jar");
        assertEquals("", Files.readString(out, StandardCharsets.UTF_8));
        assertEquals("loclint: building (mvn -B -q -DskipTests package) ...\n"
                + "Error: Unable to access jarfile " + jar + "\n", Files.readString(err, StandardCharsets.UTF_8));
        assertEquals(1, process.exitValue());
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }
}

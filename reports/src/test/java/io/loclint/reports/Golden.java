package io.loclint.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden files under {@code src/test/resources/golden/}, compared exactly. Regenerate with
 * {@code mvn -pl reports -am test -Dloclint.regenerateGolden=true}, then review the diff before committing.
 */
final class Golden {

    /** Surefire sets {@code basedir} to the module directory; a plain IDE run starts there anyway. */
    static final Path DIR = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "golden");

    static void assertMatches(String name, String actual) {
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("loclint.regenerateGolden")) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.exists(file), () -> "golden file " + file.toAbsolutePath()
                    + " is missing; run with -Dloclint.regenerateGolden=true to create it");
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertEquals(expected, actual, () -> "output differs from golden file " + file
                    + " (rerun with -Dloclint.regenerateGolden=true if the change is intended)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Golden() {
    }
}

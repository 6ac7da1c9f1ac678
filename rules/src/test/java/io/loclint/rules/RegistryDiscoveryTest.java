package io.loclint.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The registry finds the rule package's top-level classes the same way in the shaded jar and in a class folder. */
class RegistryDiscoveryTest {
    private static final List<String> ENTRIES = List.of("io/loclint/rules/Zeta.class", "io/loclint/rules/Alpha.class",
            "io/loclint/rules/Alpha$Inner.class", "io/loclint/rules/docs/NAM001.md", "io/loclint/rules/sub/Deep.class",
            "io/loclint/other/Elsewhere.class", "io/loclint/rules/notes.txt");

    @Test
    void findsTopLevelClassesOfThePackageInAJar(@TempDir Path temp) throws IOException {
        Path jar = temp.resolve("loclint-all.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (String entry : ENTRIES) {
                out.putNextEntry(new ZipEntry(entry));
                out.closeEntry();
            }
        }
        assertEquals(List.of("io.loclint.rules.Alpha", "io.loclint.rules.Zeta"), Registry.classNames(jar));
    }

    @Test
    void findsTopLevelClassesOfThePackageInAFolder(@TempDir Path temp) throws IOException {
        for (String entry : ENTRIES) {
            Files.createDirectories(temp.resolve(entry).getParent());
            Files.writeString(temp.resolve(entry), "");
        }
        assertEquals(List.of("io.loclint.rules.Alpha", "io.loclint.rules.Zeta"), Registry.classNames(temp));
    }
}

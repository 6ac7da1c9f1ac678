package io.loclint.engine.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Top-level module names of the Python standard library, any version from 3.9 to 3.13. */
public final class StandardLibrary {
    private static final Set<String> MODULES = load();

    private StandardLibrary() {
    }

    public static boolean contains(String topLevelModule) {
        return MODULES.contains(topLevelModule);
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        try (InputStream in = StandardLibrary.class.getResourceAsStream("/io/loclint/engine/stdlib-modules.txt")) {
            if (in == null) {
                throw new IllegalStateException("stdlib-modules.txt missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}

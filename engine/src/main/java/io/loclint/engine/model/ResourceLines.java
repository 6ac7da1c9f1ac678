package io.loclint.engine.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The built-in lists shipped in the jar: one entry a line, blank lines and {@code #} comments left out. */
final class ResourceLines {
    private ResourceLines() {
    }

    /** @param name a file under {@code io/loclint/engine/} */
    static List<String> read(String name) {
        try (InputStream in = ResourceLines.class.getResourceAsStream("/io/loclint/engine/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the jar");
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

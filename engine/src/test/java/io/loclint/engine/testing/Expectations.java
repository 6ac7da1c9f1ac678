package io.loclint.engine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the expected findings a fixture carries inline: {@code # expect: CODE[, CODE ...]} at the end of the
 * offending line, or alone on the line above it (for Dockerfiles and files whose offending line cannot carry a
 * comment). One grammar for Python, TOML, YAML, Helm templates and Dockerfiles.
 */
public final class Expectations {
    private static final Pattern MARKER = Pattern.compile("#\\s*expect:\\s*([A-Z]{3}[0-9]{3}(?:\\s*,\\s*[A-Z]{3}[0-9]{3})*)\\s*$");

    /** An expected finding: path relative to the fixture folder, 1-based line. */
    public record Expected(String path, int line, String code) {
        @Override
        public String toString() {
            return path + ":" + line + ": " + code;
        }
    }

    private Expectations() {
    }

    public static List<Expected> read(Path fixtureRoot) {
        List<Expected> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(fixtureRoot)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = fixtureRoot.relativize(file).toString().replace('\\', '/');
                // Latin-1 reads any byte, so fixtures with invalid UTF-8 can still carry markers
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                all.addAll(markers(relative, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    static List<Expected> markers(String path, String text) {
        List<Expected> found = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKER.matcher(lines[i]);
            if (m.find()) {
                List<String> codes = List.of(m.group(1).split("\\s*,\\s*"));
                boolean alone = lines[i].substring(0, m.start()).isBlank();
                if (alone) {
                    pending.addAll(codes);
                    continue;
                }
                for (String code : codes) {
                    found.add(new Expected(path, i + 1, code));
                }
            }
            for (String code : pending) {
                found.add(new Expected(path, i + 1, code));
            }
            pending.clear();
        }
        return found;
    }
}

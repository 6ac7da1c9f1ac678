package io.loclint.engine.testing;

import io.loclint.grammar.SourceText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the expected findings a fixture carries inline: {@code # expect: CODE[ "fragment"][, CODE ...]} at the end
 * of the offending line, or alone on the line above it (for Dockerfiles and files whose offending line cannot carry
 * a comment). One grammar for Python, TOML, YAML, Helm templates and Dockerfiles.
 *
 * <p>A line that only looks like a marker is a problem, not a comment to skip: a typo would otherwise drop an
 * expectation without anyone noticing. It looks like a marker when it has {@code #}, optional blanks, the word
 * {@code expect} in any case, and then a colon, or blanks and a code-like word (letters then a digit).
 */
public final class Expectations {
    private static final Pattern LOOKS_LIKE_MARKER = Pattern.compile("#\\s*expect(?:\\s*:|\\s+[A-Za-z]+[0-9])",
            Pattern.CASE_INSENSITIVE);
    private static final String ITEM = "([A-Z]{3}[0-9]{3})(?:\\s+\"([^\"]+)\")?";
    private static final Pattern MARKER = Pattern.compile("#\\s*expect:\\s*(" + ITEM + "(?:\\s*,\\s*" + ITEM
            + ")*)\\s*$");
    private static final Pattern ONE_ITEM = Pattern.compile(ITEM);

    /**
     * An expected finding: path relative to the fixture folder, 1-based line, and a fragment its message must
     * contain (null when the marker gives none).
     */
    public record Expected(String path, int line, String code, String fragment) {
        public Expected(String path, int line, String code) {
            this(path, line, code, null);
        }

        @Override
        public String toString() {
            return path + ":" + line + ": " + code + (fragment == null ? "" : " \"" + fragment + "\"");
        }
    }

    /** Everything a fixture's markers say: the expected findings, and each line that is not a valid marker. */
    public record Markers(List<Expected> expected, List<String> problems) {
    }

    private Expectations() {
    }

    /**
     * @param knownCodes the registered rule codes; a well-formed marker naming another code is a problem
     */
    public static Markers read(Path fixtureRoot, Set<String> knownCodes) {
        List<Expected> expected = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(fixtureRoot)) {
            for (Path file : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                String relative = fixtureRoot.relativize(file).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(file);
                Charset wide = SourceText.wideEncoding(bytes);
                // Latin-1 reads any byte, so fixtures with invalid UTF-8 can still carry markers; UTF-16 and
                // UTF-32 fixtures are read by their byte-order mark
                String text = new String(bytes, wide != null ? wide : StandardCharsets.ISO_8859_1);
                Markers markers = markers(relative, text, knownCodes);
                expected.addAll(markers.expected());
                problems.addAll(markers.problems());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Markers(List.copyOf(expected), List.copyOf(problems));
    }

    static Markers markers(String path, String text, Set<String> knownCodes) {
        List<Expected> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        List<Expected> pending = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher looks = LOOKS_LIKE_MARKER.matcher(lines[i]);
            Matcher marker = MARKER.matcher(lines[i]);
            if (looks.find()) {
                if (!marker.find(looks.start()) || marker.start() != looks.start()) {
                    problems.add(path + ":" + (i + 1) + ": malformed marker '" + lines[i].substring(looks.start()).strip()
                            + "' (write # expect: CODE or # expect: CODE \"message fragment\", comma-separated)");
                } else {
                    List<Expected> items = items(marker.group(1), path, i + 1, knownCodes, problems);
                    if (lines[i].substring(0, marker.start()).isBlank()) {
                        pending.addAll(items);
                        continue;
                    }
                    found.addAll(items);
                }
            }
            for (Expected e : pending) {
                found.add(new Expected(path, i + 1, e.code(), e.fragment()));
            }
            pending.clear();
        }
        return new Markers(List.copyOf(found), List.copyOf(problems));
    }

    private static List<Expected> items(String list, String path, int line, Set<String> knownCodes,
                                        List<String> problems) {
        List<Expected> items = new ArrayList<>();
        Matcher item = ONE_ITEM.matcher(list);
        while (item.find()) {
            if (!knownCodes.contains(item.group(1))) {
                problems.add(path + ":" + line + ": marker names " + item.group(1) + ", which is no registered rule's code");
            }
            items.add(new Expected(path, line, item.group(1), item.group(2)));
        }
        return items;
    }
}

package io.loclint.engine.testing;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Compares a run's findings with a fixture's inline expectations both ways (Error Prone's "did not see" and "saw
 * unexpected"), over every code: a fixture states all the findings it gives, whichever rule they come from.
 */
public final class FixtureAssert {
    private FixtureAssert() {
    }

    /** Where fixture code locations live: {@code testdata/} at the top of the checkout. */
    public static Path testdata() {
        String root = System.getProperty("loclint.root.dir");
        Path base = root != null ? Path.of(root) : Path.of("..");
        return base.resolve("testdata").toAbsolutePath().normalize();
    }

    /**
     * @param registeredCodes every rule's code, so that a marker naming no rule fails instead of waiting forever
     */
    public static void assertFindings(RunResult result, Path fixtureRoot, Set<String> registeredCodes) {
        Expectations.Markers markers = Expectations.read(fixtureRoot, registeredCodes);
        Map<String, List<Expectations.Expected>> expectedAt = new LinkedHashMap<>();
        for (Expectations.Expected e : markers.expected()) {
            expectedAt.computeIfAbsent(key(e.path(), e.line(), e.code()), k -> new ArrayList<>()).add(e);
        }
        Map<String, List<Finding>> reportedAt = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            reportedAt.computeIfAbsent(key(f.path(), f.span().startLine(), f.code()), k -> new ArrayList<>()).add(f);
        }
        List<String> missing = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> at : reportedAt.entrySet()) {
            List<Expectations.Expected> expected = expectedAt.getOrDefault(at.getKey(), List.of());
            List<Finding> reported = at.getValue();
            int[] markerOf = match(expected, reported);
            for (int f = 0; f < reported.size(); f++) {
                if (markerOf[f] < 0) {
                    Finding finding = reported.get(f);
                    unexpected.add(finding.path() + ":" + finding.span().startLine() + ":"
                            + finding.span().startColumn() + ": " + finding.code() + " " + finding.message());
                }
            }
            boolean[] used = new boolean[expected.size()];
            Arrays.stream(markerOf).filter(m -> m >= 0).forEach(m -> used[m] = true);
            for (int m = 0; m < expected.size(); m++) {
                if (!used[m]) {
                    missing.add(expected.get(m).toString());
                }
            }
        }
        expectedAt.forEach((key, expected) -> {
            if (!reportedAt.containsKey(key)) {
                expected.forEach(e -> missing.add(e.toString()));
            }
        });
        missing.sort(null);
        if (!markers.problems().isEmpty() || !missing.isEmpty() || !unexpected.isEmpty()) {
            StringBuilder message = new StringBuilder("findings in " + fixtureRoot.getFileName()
                    + " differ from its # expect: markers");
            section(message, "bad markers:", markers.problems());
            section(message, "did not see:", missing);
            section(message, "saw unexpected:", unexpected);
            fail(message.toString());
        }
    }

    private static String key(String path, int line, String code) {
        return path + ":" + line + ": " + code;
    }

    private static void section(StringBuilder message, String heading, List<String> lines) {
        if (!lines.isEmpty()) {
            message.append("\n  ").append(heading);
            lines.forEach(l -> message.append("\n    ").append(l));
        }
    }

    /**
     * Pairs the markers and findings of one line and code, a marker taking a finding whose message holds its
     * fragment; as many pairs as possible (augmenting paths), since a greedy pairing could give a finding to a
     * marker without a fragment that a marker with one needed.
     *
     * @return for each finding, the index of its marker, or -1
     */
    private static int[] match(List<Expectations.Expected> markers, List<Finding> findings) {
        int[] markerOf = new int[findings.size()];
        Arrays.fill(markerOf, -1);
        for (int m = 0; m < markers.size(); m++) {
            augment(m, markers, findings, markerOf, new boolean[findings.size()]);
        }
        return markerOf;
    }

    private static boolean augment(int m, List<Expectations.Expected> markers, List<Finding> findings, int[] markerOf,
                                   boolean[] seen) {
        String fragment = markers.get(m).fragment();
        for (int f = 0; f < findings.size(); f++) {
            if (seen[f] || (fragment != null && !findings.get(f).message().contains(fragment))) {
                continue;
            }
            seen[f] = true;
            if (markerOf[f] < 0 || augment(markerOf[f], markers, findings, markerOf, seen)) {
                markerOf[f] = m;
                return true;
            }
        }
        return false;
    }
}

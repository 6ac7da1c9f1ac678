package io.loclint.engine.testing;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Compares a run's findings with a fixture's inline expectations both ways (Error Prone's "did not see" and "saw
 * unexpected"), restricted to the codes under test so one fixture can serve several rules' tests.
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

    public static void assertFindings(RunResult result, Path fixtureRoot, Set<String> codes) {
        List<Expectations.Expected> expected = Expectations.read(fixtureRoot).stream()
                .filter(e -> codes.contains(e.code())).toList();
        Map<String, Integer> remaining = new HashMap<>();
        for (Expectations.Expected e : expected) {
            remaining.merge(e.toString(), 1, Integer::sum);
        }
        List<String> unexpected = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (!codes.contains(f.code())) {
                continue;
            }
            String key = new Expectations.Expected(f.path(), f.span().startLine(), f.code()).toString();
            Integer left = remaining.get(key);
            if (left == null || left == 0) {
                unexpected.add(f.path() + ":" + f.span().startLine() + ":" + f.span().startColumn() + ": " + f.code()
                        + " " + f.message());
            } else {
                remaining.put(key, left - 1);
            }
        }
        List<String> missing = new ArrayList<>();
        remaining.forEach((key, left) -> {
            for (int i = 0; i < left; i++) {
                missing.add(key);
            }
        });
        missing.sort(null);
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            StringBuilder message = new StringBuilder("findings in " + fixtureRoot.getFileName() + " differ from its"
                    + " # expect: markers (codes " + codes + ")");
            if (!missing.isEmpty()) {
                message.append("\n  did not see:");
                missing.forEach(m -> message.append("\n    ").append(m));
            }
            if (!unexpected.isEmpty()) {
                message.append("\n  saw unexpected:");
                unexpected.forEach(u -> message.append("\n    ").append(u));
            }
            fail(message.toString());
        }
    }
}

package io.loclint.cli;

import io.loclint.cli.baseline.Baseline;
import io.loclint.cli.baseline.BaselineException;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.Severity;
import io.loclint.grammar.Span;
import io.loclint.reports.SarifSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineTest {
    private static final String JOBS = "src/inventory_sync_service/jobs.py";

    private static Path naming(Path temp) {
        Path copy = temp.resolve("naming");
        GitRepos.copyTree(Path.of(CliTest.fixture("naming")), copy);
        return copy;
    }

    @Test
    void aBaselineWrittenBeforeMovingCodeTwoLinesDownStillMatches(@TempDir Path temp) throws IOException {
        Path location = naming(temp);
        Path baseline = temp.resolve("baseline.json");
        CliTest.Run write = CliTest.run("baseline", "write", baseline.toString(), location.toString());
        assertEquals(0, write.exitCode(), write.err());
        CliTest.Run before = CliTest.run("check", location.toString());
        assertTrue(before.out().contains(JOBS + ":12:11: error NAM001 job 'SyncInventoryNightly'"), before.out());

        // two blank lines above the finding's line (line 12) move it, and everything below it, to line 14
        Path jobs = location.resolve(JOBS);
        List<String> lines = new ArrayList<>(Files.readAllLines(jobs));
        lines.add(11, "");
        lines.add(11, "");
        Files.write(jobs, lines);
        CliTest.Run moved = CliTest.run("check", location.toString());
        assertTrue(moved.out().contains(JOBS + ":14:11: error NAM001 job 'SyncInventoryNightly'"), moved.out());

        CliTest.Run check = CliTest.run("check", "--baseline", baseline.toString(), location.toString());
        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertTrue(check.out().startsWith("No problems found"), check.out());
    }

    @Test
    void onlyNewFindingsAreReportedAndSarifCarriesEveryBaselineState(@TempDir Path temp) throws IOException {
        Path location = naming(temp);
        Path baseline = temp.resolve("baseline.json");
        assertEquals(0, CliTest.run("baseline", "write", baseline.toString(), location.toString()).exitCode());
        CliTest.Run all = CliTest.run("check", "--fail-on", "never", location.toString());
        long total = all.out().lines().filter(l -> l.contains(": error ") || l.contains(": warning ")
                || l.contains(": note ")).count();

        // renaming one job swaps one finding for another: one new, one absent, the rest unchanged
        Path jobs = location.resolve(JOBS);
        Files.writeString(jobs, Files.readString(jobs).replace("\"SyncInventoryNightly\"", "\"SyncInventoryNightlyRenamed\""));
        CliTest.Run check = CliTest.run("check", "--baseline", baseline.toString(), location.toString());
        assertEquals(1, check.exitCode(), check.out());
        // the location lies outside the current folder: its paths are printed absolute
        List<String> reported = check.out().lines().filter(l -> l.startsWith(jobs + ":")).toList();
        assertEquals(2, reported.size(), check.out());
        assertTrue(reported.get(0).contains("error NAM001 job 'SyncInventoryNightlyRenamed'"), check.out());
        assertTrue(reported.get(1).contains("note TST002 job 'SyncInventoryNightlyRenamed'"), check.out());

        Path sarifFile = temp.resolve("report.sarif");
        CliTest.run("check", "--baseline", baseline.toString(), "--format", "sarif", "--output", sarifFile.toString(),
                location.toString());
        String sarif = Files.readString(sarifFile);
        assertEquals(List.of(), SarifSchema.validate(sarif));
        List<String> states = all(sarif, "\"baselineState\"\\s*:\\s*\"([a-z]+)\"");
        assertEquals(2, states.stream().filter("new"::equals).count(), sarif);
        assertEquals(2, states.stream().filter("absent"::equals).count(), sarif);
        assertEquals(total - 2, states.stream().filter("unchanged"::equals).count(), sarif);
        assertFalse(sarif.contains("SyncInventoryNightly'"), "absent results never carry the old message");
    }

    @Test
    void identicalKeysKeepTheirCountAndNoSymbolOrMessageIsStored(@TempDir Path temp) throws IOException {
        Finding a = finding("SEC001", "src/app.py", 3, "AKIAVERYSECRETVALUE");
        Finding b = finding("SEC001", "src/app.py", 9, "AKIAVERYSECRETVALUE");
        Path file = temp.resolve("b.json");
        Baseline.of(List.of(a, b), null).write(file);
        String text = Files.readString(file);
        assertFalse(text.contains("AKIAVERYSECRETVALUE"), text);
        assertFalse(text.contains("message"), text);
        assertTrue(text.contains("\"count\": 2"), text);
        assertTrue(text.contains("\"path\": \"src/app.py\""), text);

        Baseline read = Baseline.read(file);
        Finding c = finding("SEC001", "src/app.py", 20, "AKIAVERYSECRETVALUE");
        Baseline.Comparison threeNow = read.compare(List.of(a, b, c));
        assertEquals(List.of(c), threeNow.newFindings());
        assertEquals(List.of(a, b), threeNow.result().unchanged());
        Baseline.Comparison oneNow = read.compare(List.of(a));
        assertEquals(List.of(), oneNow.newFindings());
        assertEquals(1, oneNow.result().absent().size());
        assertEquals("src/app.py", oneNow.result().absent().get(0).path());
    }

    /** The key recipe is a stored format: a baseline written by an earlier loclint must keep matching. */
    @Test
    void aBaselineWrittenEarlierStillMatches(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("earlier.json");
        Files.writeString(file, """
                {
                  "version": 1,
                  "tool": "loclint",
                  "salt": "00112233445566778899aabbccddeeff",
                  "entries": [
                    {"code": "SEC001", "path": "src/app.py",
                     "key": "f1c1089c6a19054f49cb0dcd155050af047666856d21ce25ec85665c48e980a9", "count": 1}
                  ]
                }
                """);
        Finding stored = finding("SEC001", "src/app.py", 40, "AKIAVERYSECRETVALUE");
        Finding other = finding("SEC001", "src/app.py", 41, "AKIAOTHERSECRET");
        Baseline.Comparison now = Baseline.read(file).compare(List.of(stored, other));
        assertEquals(List.of(stored), now.result().unchanged());
        assertEquals(List.of(other), now.newFindings());
        assertEquals(List.of(), now.result().absent());
    }

    @Test
    void rewritingAnUnchangedBaselineGivesTheSameBytes(@TempDir Path temp) throws IOException {
        Path location = naming(temp);
        Path baseline = temp.resolve("baseline.json");
        CliTest.run("baseline", "write", baseline.toString(), location.toString());
        String first = Files.readString(baseline);
        CliTest.run("baseline", "write", baseline.toString(), location.toString());
        assertEquals(first, Files.readString(baseline));
        assertTrue(first.startsWith("{\n  \"version\": 1,\n  \"tool\": \"loclint\",\n  \"salt\": \""), first);
    }

    @Test
    void aMissingOrCorruptBaselineIsAUsageErrorOfOneLine(@TempDir Path temp) throws IOException {
        String location = CliTest.fixture("naming");
        Path missing = temp.resolve("missing.json");
        CliTest.Run run = CliTest.run("check", "--baseline", missing.toString(), location);
        assertEquals(2, run.exitCode());
        assertEquals("loclint: baseline '" + missing + "' does not exist; write one with 'loclint baseline write "
                + missing + "'\n", run.err());
        for (String text : List.of("not json", "[]", "{\"version\": 2, \"salt\": \"00\", \"entries\": []}",
                "{\"version\": 1, \"salt\": \"0123456789abcdef0123456789abcdef\", \"entries\": [{\"code\": 1}]}",
                "{\"version\": 1, \"salt\": \"0123456789abcdef0123456789abcdef\"")) {
            Path corrupt = temp.resolve("corrupt.json");
            Files.writeString(corrupt, text);
            CliTest.Run bad = CliTest.run("check", "--baseline", corrupt.toString(), location);
            assertEquals(2, bad.exitCode(), text);
            assertEquals(1, bad.err().lines().count(), bad.err());
            assertTrue(bad.err().startsWith("loclint: baseline '" + corrupt + "' is not a loclint baseline ("),
                    bad.err());
        }
        assertThrows(BaselineException.class, () -> Baseline.read(temp));
    }

    private static Finding finding(String code, String path, int line, String symbol) {
        return new Finding(code, Severity.ERROR, "'api_key' holds " + symbol, path, new Span(line, 1, line, 5), symbol,
                null);
    }

    private static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}

package io.loclint.reports;

import com.networknt.schema.Error;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.Severity;
import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifReporterTest {

    private final SarifReporter reporter = new SarifReporter();

    @Test
    void representativeRunValidatesAgainstTheSchema() {
        String sarif = Samples.render(reporter, Samples.representative());
        List<Error> errors = SarifSchema.validate(sarif);
        assertTrue(errors.isEmpty(), () -> "schema errors: " + errors);
    }

    @Test
    void representativeRunMatchesTheGoldenFile() {
        Golden.assertMatches("representative.sarif", Samples.render(reporter, Samples.representative()));
    }

    @Test
    void outputIsByteIdenticalForTheSameInput() {
        assertEquals(Samples.render(reporter, Samples.representative()),
                Samples.render(reporter, Samples.representative()));
    }

    /** What {@code check --fix} would apply travels with the result; an insertion is an empty region, not a line. */
    @Test
    void aSafeFixIsWrittenAsTheResultsFixWithExactRegions() {
        Finding finding = Samples.withSafeFix();
        String sarif = Samples.render(reporter, Samples.withFindings(List.of(finding), 1));
        List<Error> errors = SarifSchema.validate(sarif);
        assertTrue(errors.isEmpty(), () -> "schema errors: " + errors);
        String expected = """
                          "fixes": [
                            {
                              "description": {
                                "text": "remove SEC001 from the suppression"
                              },
                              "artifactChanges": [
                                {
                                  "artifactLocation": {
                                    "uri": "jobs/nightly.py",
                                    "uriBaseId": "%SRCROOT%"
                                  },
                                  "replacements": [
                                    {
                                      "deletedRegion": {
                                        "startLine": 4,
                                        "startColumn": 27,
                                        "endLine": 4,
                                        "endColumn": 35
                                      }
                                    },
                                    {
                                      "deletedRegion": {
                                        "startLine": 5,
                                        "startColumn": 1,
                                        "endLine": 5,
                                        "endColumn": 1
                                      },
                                      "insertedContent": {
                                        "text": "# loclint: ignore[DEF003]\\n"
                                      }
                                    }
                                  ]
                                }
                              ]
                            }
                          ],
                """;
        assertTrue(sarif.contains(expected), sarif);
        assertFalse(Samples.render(reporter, Samples.representative()).contains("\"fixes\""),
                "a finding without a fix has none");
    }

    @Test
    void emptyRunValidates() {
        RunResult empty = new RunResult(Samples.ROOT, List.of(), List.of(), List.of(), "0.1.0", false, 0);
        String sarif = Samples.render(reporter, empty);
        List<Error> errors = SarifSchema.validate(sarif);
        assertTrue(errors.isEmpty(), () -> "schema errors: " + errors);
        assertTrue(sarif.contains("\"executionSuccessful\": false"), sarif);
    }

    @Test
    void oneResultPerFindingWithTheRightRuleIndex() {
        String sarif = Samples.render(reporter, Samples.representative());
        List<String> ruleIds = all(sarif, "\"ruleId\": \"([A-Z]+[0-9]+)\"");
        assertEquals(List.of("IMG001", "NAM001", "DEF003", "SEC001", "SEC001"), ruleIds);
        // rules[] is DEF003, IMG001, NAM001, SEC001
        assertEquals(List.of("1", "2", "0", "3", "3"), all(sarif, "\"ruleIndex\": ([0-9]+)"));
    }

    @Test
    void pathsArePercentEncodedRelativeReferencesUnderSrcRoot() {
        String sarif = Samples.render(reporter, Samples.representative());
        assertTrue(sarif.contains("\"uri\": \"charts/values%20prod.yaml\""), sarif);
        assertTrue(sarif.contains("\"uri\": \"src/wetter_%C3%BC/jobs.py\""), sarif);
        assertTrue(sarif.contains("\"uri\": \"file:///srv/checkouts/weather%20repo/\""), sarif);
        assertFalse(sarif.contains("\"uri\": \"/"), "no absolute artifact paths");
    }

    @Test
    void unknownEndIsOmittedAndNoSnippetIsEverWritten() {
        String sarif = Samples.render(reporter, Samples.representative());
        assertTrue(sarif.contains("\"region\": {\n                  \"startLine\": 30,\n"
                + "                  \"startColumn\": 1\n                }"), sarif);
        assertFalse(sarif.contains("snippet"));
        assertFalse(sarif.contains("contextRegion"));
    }

    @Test
    void unknownOrInconsistentPositionsStillValidate() {
        List<Finding> findings = List.of(
                new Finding("PAR001", Severity.ERROR, "cannot parse", "a.toml", new Span(0, 0, 0, 0), null, null),
                new Finding("PAR001", Severity.ERROR, "cannot parse", "b.toml", null, null, null),
                new Finding("PAR001", Severity.ERROR, "cannot parse", "c.toml", new Span(5, 0, 0, 7), null, null),
                new Finding("PAR001", Severity.ERROR, "cannot parse", "d.toml", new Span(5, 9, 5, 3), null, null),
                new Finding("PAR001", Severity.ERROR, "cannot parse", "e.toml", new Span(5, 9, 4, 3), null, null));
        String sarif = Samples.render(reporter, Samples.withFindings(findings, 5));
        List<Error> errors = SarifSchema.validate(sarif);
        assertTrue(errors.isEmpty(), () -> "schema errors: " + errors + "\n" + sarif);
        assertEquals(3, all(sarif, "(\"region\")").size(), sarif);
        // only d.toml keeps an end line (same line, end column before start column dropped)
        assertEquals(List.of("5"), all(sarif, "\"endLine\": ([0-9]+)"));
        assertEquals(List.of(), all(sarif, "\"endColumn\": ([0-9]+)"));
    }

    @Test
    void credentialAndImageRulesCarrySecuritySeverityAndPrecision() {
        String sarif = Samples.render(reporter, Samples.representative()).replaceAll("\\s+", "");
        assertTrue(sarif.contains("\"id\":\"SEC001\""), sarif);
        // rules[] is DEF003, IMG001, NAM001, SEC001: only the last two carry a security severity
        assertEquals(List.of("7.0", "9.0"), all(sarif, "\"security-severity\":\"([0-9.]+)\""));
        assertEquals(List.of("very-high", "high"), all(sarif, "\"precision\":\"([a-z-]+)\""));
        assertTrue(sarif.contains("\"tags\":[\"images\",\"security\",\"guide-3\"]"), sarif);
        assertTrue(sarif.contains("\"tags\":[\"security\",\"guide-2.4\"]"), sarif);
    }

    @Test
    void fingerprintIgnoresTheLineNumber() {
        Finding before = new Finding("NAM001", Severity.ERROR, "job 'DataJob' is not snake_case", "src/jobs.py",
                new Span(12, 5, 12, 12), "DataJob", null);
        Finding moved = new Finding("NAM001", Severity.ERROR, "job 'DataJob' is not snake_case", "src/jobs.py",
                new Span(14, 5, 14, 12), "DataJob", null);
        assertEquals(fingerprints(Samples.withFindings(List.of(before), 1)),
                fingerprints(Samples.withFindings(List.of(moved), 1)));
    }

    @Test
    void findingsSharingCodePathAndSymbolGetDistinctFingerprints() {
        List<String> prints = fingerprints(Samples.representative());
        assertEquals(5, prints.size());
        assertEquals(5, prints.stream().distinct().count(), prints::toString);
        String first = prints.get(3);
        String second = prints.get(4);
        assertEquals(first.substring(0, first.indexOf(':')), second.substring(0, second.indexOf(':')));
        assertTrue(first.endsWith(":1") && second.endsWith(":2"), prints::toString);
    }

    @Test
    void fingerprintDependsOnCodePathAndSymbol() {
        Finding a = Samples.finding("NAM001", Severity.ERROR, "src/a.py", 3, "x");
        assertNotEquals(fingerprints(Samples.withFindings(List.of(a), 1)),
                fingerprints(Samples.withFindings(List.of(Samples.finding("NAM002", Severity.ERROR, "src/a.py", 3, "x")), 1)));
        assertNotEquals(fingerprints(Samples.withFindings(List.of(a), 1)),
                fingerprints(Samples.withFindings(List.of(Samples.finding("NAM001", Severity.ERROR, "src/b.py", 3, "x")), 1)));
        assertNotEquals(fingerprints(Samples.withFindings(List.of(a), 1)),
                fingerprints(Samples.withFindings(List.of(Samples.finding("NAM001", Severity.ERROR, "src/a.py", 3, "y")), 1)));
        // a severity override is not a new alert
        assertEquals(fingerprints(Samples.withFindings(List.of(a), 1)),
                fingerprints(Samples.withFindings(List.of(Samples.finding("NAM001", Severity.NOTE, "src/a.py", 3, "x")), 1)));
    }

    private List<String> fingerprints(RunResult result) {
        return all(Samples.render(reporter, result), "\"loclint/v1\": \"([^\"]+)\"");
    }

    private static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}

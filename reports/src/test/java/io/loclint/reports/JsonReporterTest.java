package io.loclint.reports;

import io.loclint.engine.result.Finding;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonReporterTest {

    private final JsonReporter reporter = new JsonReporter();

    @Test
    void representativeRunMatchesTheGoldenFile() {
        Golden.assertMatches("representative.json", Samples.render(reporter, Samples.representative()));
    }

    @Test
    void shapeIsStable() {
        // the validator's Jackson 3 databind is on the test class path; production code never uses databind
        JsonNode root = new ObjectMapper().readTree(Samples.render(reporter, Samples.representative()));
        assertEquals(List.of("version", "tool", "findings", "notifications", "summary"), names(root));
        JsonNode finding = root.get("findings").get(2);
        assertEquals(List.of("code", "severity", "message", "path", "startLine", "startColumn", "endLine",
                "endColumn", "symbol", "hint", "fingerprint", "fix"), names(finding));
        assertEquals("DEF003", finding.get("code").asString());
        assertTrue(finding.get("endLine").isNull());
        assertTrue(finding.get("hint").isNull());
        assertTrue(finding.get("fix").isNull());
        assertEquals(List.of("id", "level", "message", "path"), names(root.get("notifications").get(0)));
        JsonNode summary = root.get("summary");
        assertEquals(5, summary.get("problems").asInt());
        assertEquals(4, summary.get("errors").asInt());
        assertEquals(1, summary.get("warnings").asInt());
        assertEquals(0, summary.get("notes").asInt());
        assertEquals(12, summary.get("filesChecked").asInt());
        assertTrue(summary.get("successful").asBoolean());
    }

    /** What {@code check --fix} would apply, edit by edit: a deletion has empty text, an insertion an empty range. */
    @Test
    void aSafeFixIsWrittenWithItsEdits() {
        Finding finding = Samples.withSafeFix();
        String json = Samples.render(reporter, Samples.withFindings(List.of(finding), 1));
        assertTrue(json.contains("""
                      "fingerprint": "%s",
                      "fix": {
                        "description": "remove SEC001 from the suppression",
                        "edits": [
                          {
                            "startLine": 4,
                            "startColumn": 27,
                            "endLine": 4,
                            "endColumn": 35,
                            "text": ""
                          },
                          {
                            "startLine": 5,
                            "startColumn": 1,
                            "endLine": 5,
                            "endColumn": 1,
                            "text": "# loclint: ignore[DEF003]\\n"
                          }
                        ]
                      }
                    }
                """.formatted(Fingerprints.of(List.of(finding)).get(0))), json);
    }

    @Test
    void emptyRun() {
        assertEquals("""
                {
                  "version": 1,
                  "tool": {
                    "name": "loclint",
                    "version": "0.1.0"
                  },
                  "findings": [],
                  "notifications": [],
                  "summary": {
                    "problems": 0,
                    "errors": 0,
                    "warnings": 0,
                    "notes": 0,
                    "filesChecked": 3,
                    "successful": true
                  }
                }
                """, Samples.render(reporter, Samples.withFindings(List.of(), 3)));
    }

    private static List<String> names(JsonNode node) {
        return List.copyOf(node.propertyNames());
    }
}

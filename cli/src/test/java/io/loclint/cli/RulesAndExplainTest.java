package io.loclint.cli;

import io.loclint.cli.gitea.Json;
import io.loclint.engine.result.RuleMeta;
import io.loclint.rules.Registry;
import io.loclint.rules.RuleDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code loclint rules} as configured, in text and JSON, and {@code loclint explain} by code or name. */
class RulesAndExplainTest {
    @TempDir
    Path tmp;

    @Test
    void rulesListsEveryRuleAtItsDefaultSeverityWithoutAConfiguration() {
        CliTest.Run run = CliTest.run("rules");
        List<String> expected = new ArrayList<>();
        expected.add("CODE    SEVERITY NAME                             SUMMARY");
        for (RuleMeta meta : Registry.metas()) {
            expected.add(String.format("%-7s %-8s %-32s %s", meta.code(), meta.severity().label(), meta.name(),
                    meta.summary()));
        }
        assertEquals(new CliTest.Run(0, String.join("\n", expected) + "\n", ""), run);
    }

    @Test
    void rulesShowsTheConfiguredSeverityAndOffForARuleThatDoesNotRun() throws IOException {
        Path config = Files.writeString(tmp.resolve("loclint.toml"),
                "select = [\"NAM\", \"DEF002\"]\nignore = [\"NAM002\"]\n[severity]\nNAM003 = \"error\"\n");
        CliTest.Run run = CliTest.run("rules", "--config", config.toString());
        assertEquals(0, run.exitCode(), run.err());
        Map<String, String> severities = textSeverities(run.out());
        assertEquals("note", severities.get("DEF002"));
        assertEquals("off", severities.get("DEF001"));
        assertEquals("error", severities.get("NAM001"));
        assertEquals("off", severities.get("NAM002"));
        assertEquals("error", severities.get("NAM003"));
        assertEquals(List.of("DEF002", "NAM001", "NAM003", "NAM004"), severities.entrySet().stream()
                .filter(e -> !e.getValue().equals("off")).map(Map.Entry::getKey).toList());
    }

    @Test
    void rulesTakesTheSelectionFlags() {
        Map<String, String> severities = textSeverities(CliTest.run("rules", "--select", "SEC", "--ignore",
                "SEC002").out());
        assertEquals(List.of("SEC001"), severities.entrySet().stream().filter(e -> !e.getValue().equals("off"))
                .map(Map.Entry::getKey).toList());
    }

    @Test
    void rulesRefusesAnUnknownCodeAsCheckDoes() {
        assertEquals(new CliTest.Run(2, "", "loclint: --select has 'NAM999', which is no rule's code or prefix;"
                + " 'loclint rules' lists them\n"), CliTest.run("rules", "--select", "NAM999"));
    }

    @Test
    void rulesAsJsonGivesEveryRuleWithItsConfiguredAndDefaultSeverity() throws IOException {
        Path config = Files.writeString(tmp.resolve("loclint.toml"),
                "ignore = [\"TST\"]\n[severity]\nDEF002 = \"error\"\n");
        CliTest.Run run = CliTest.run("rules", "--format", "json", "--config", config.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<?> rules = Json.array(Json.at(Json.parse(run.out()), "rules"));
        assertEquals(Registry.metas().size(), rules.size());
        for (int i = 0; i < rules.size(); i++) {
            RuleMeta meta = Registry.metas().get(i);
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("code", meta.code());
            expected.put("name", meta.name());
            expected.put("severity", meta.code().equals("DEF002") ? "error" : meta.severity().label());
            expected.put("defaultSeverity", meta.severity().label());
            expected.put("enabled", !meta.code().startsWith("TST"));
            expected.put("summary", meta.summary());
            expected.put("helpUri", meta.helpUri());
            assertEquals(expected, rules.get(i));
        }
        assertTrue(run.out().startsWith("{\n  \"rules\": [\n    {\n      \"code\": \"DEF001\",\n"), run.out());
    }

    @Test
    void rulesRefusesAnUnknownFormat() {
        CliTest.Run run = CliTest.run("rules", "--format", "xml");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void explainFindsARuleByNameAsByCode() {
        CliTest.Run byCode = CliTest.run("explain", "NAM001");
        assertEquals(0, byCode.exitCode());
        assertTrue(byCode.out().startsWith("# NAM001 "), byCode.out());
        String name = Registry.byCode("NAM001").info().name();
        assertEquals(byCode, CliTest.run("explain", name));
        assertEquals(byCode, CliTest.run("explain", name.toUpperCase(Locale.ROOT)));
    }

    @Test
    void explainOfAnUnknownRuleIsAUsageError() {
        assertEquals(new CliTest.Run(2, "", "loclint: no rule 'no-such-rule'; 'loclint rules' lists them\n"),
                CliTest.run("explain", "no-such-rule"));
    }

    @Test
    void explainSec002DescribesTheCredentialOptionsItReads() {
        String out = CliTest.run("explain", "SEC002").out();
        String options = RuleDocs.sections(out).get("Options");
        assertTrue(options.contains("- `credential-names`: more secret words"), options);
        assertTrue(options.contains("- `credential-allow`: regular expressions"), options);
        assertFalse(out.contains("None yet"), out);
    }

    /** Code to the SEVERITY column of a text listing, in listing order. */
    private static Map<String, String> textSeverities(String out) {
        Map<String, String> severities = new LinkedHashMap<>();
        out.lines().skip(1).forEach(l -> {
            String[] columns = l.split(" +", 3);
            severities.put(columns[0], columns[1]);
        });
        return severities;
    }
}

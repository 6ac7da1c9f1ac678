package io.loclint.rules;

import io.loclint.engine.result.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EntryPointRuleTest {
    @TempDir
    Path temp;

    /** Every combination of marker files: the finding goes to line 1 of one that exists, pyproject.toml first. */
    @Test
    void aLocationWithoutAnEntryPointIsReportedAtAMarkerFileItHas() throws IOException {
        Map<List<String>, String> anchorByMarkers = new LinkedHashMap<>();
        anchorByMarkers.put(List.of("pyproject.toml"), "pyproject.toml");
        anchorByMarkers.put(List.of("setup.py"), "setup.py");
        anchorByMarkers.put(List.of("setup.cfg"), "setup.cfg");
        anchorByMarkers.put(List.of("pyproject.toml", "setup.py"), "pyproject.toml");
        anchorByMarkers.put(List.of("pyproject.toml", "setup.cfg"), "pyproject.toml");
        anchorByMarkers.put(List.of("setup.py", "setup.cfg"), "setup.py");
        anchorByMarkers.put(List.of("pyproject.toml", "setup.py", "setup.cfg"), "pyproject.toml");
        int n = 0;
        for (Map.Entry<List<String>, String> combination : anchorByMarkers.entrySet()) {
            Path location = Files.createDirectories(temp.resolve("location" + n++));
            Files.createDirectories(location.resolve("tide_tables"));
            Files.writeString(location.resolve("tide_tables/__init__.py"),
                    "from dagster import job, op\n\n\n@op\ndef read_tides():\n    return []\n\n\n"
                            + "@job\ndef tide_tables_job():\n    read_tides()\n");
            for (String marker : combination.getKey()) {
                Files.writeString(location.resolve(marker), "");
            }
            List<Finding> findings = FixtureRun.run(location).findings().stream()
                    .filter(f -> f.code().equals("LOC001")).toList();
            assertEquals(List.of(combination.getValue() + ":1"),
                    findings.stream().map(f -> f.path() + ":" + f.span().startLine()).toList(),
                    "markers " + combination.getKey());
        }
    }
}

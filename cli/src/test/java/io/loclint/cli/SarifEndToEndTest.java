package io.loclint.cli;

import io.loclint.reports.SarifSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifEndToEndTest {
    @Test
    void fixtureReportsValidateAgainstTheSchema(@TempDir Path temp) throws IOException {
        for (String fixture : List.of("template-code-location", "bad-input", "graph-forms", "suppressions")) {
            Path report = temp.resolve(fixture + ".sarif");
            CliTest.run("check", "--format", "sarif", "--output", report.toString(), CliTest.fixture(fixture));
            String sarif = Files.readString(report);
            assertTrue(sarif.contains("\"results\""), sarif);
            assertEquals(List.of(), SarifSchema.validate(sarif), fixture);
        }
    }

    @Test
    void suppressedFindingsStayInSarifMarkedInSource(@TempDir Path temp) throws IOException {
        Path report = temp.resolve("suppressions.sarif");
        CliTest.run("check", "--format", "sarif", "--output", report.toString(), CliTest.fixture("suppressions"));
        String sarif = Files.readString(report).replaceAll("\\s+", "");
        int marked = sarif.split("\"suppressions\":\\[\\{\"kind\":\"inSource\"}]", -1).length - 1;
        assertEquals(5, marked, sarif);
    }
}

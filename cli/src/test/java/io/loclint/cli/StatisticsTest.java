package io.loclint.cli;

import io.loclint.rules.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code check --statistics} (findings per rule in place of the text report) and {@code --show-files}. */
class StatisticsTest {
    /** The naming fixture lies outside the current folder (the cli module): its files are listed absolute. */
    private static final String NAMING_FILES = """
            pyproject.toml
            src/inventory_sync_service/__init__.py
            src/inventory_sync_service/jobs.py
            src/inventory_sync_service/ops.py
            src/inventory_sync_service/repository.py
            src/inventory_sync_service/schedules.py
            """.lines().map(file -> CliTest.fixture("naming") + "/" + file + "\n").collect(Collectors.joining());

    @TempDir
    Path tmp;

    @Test
    void statisticsCountFindingsPerRuleMostFirst() {
        CliTest.Run run = CliTest.run("check", "--statistics", CliTest.fixture("naming"));
        assertEquals(new CliTest.Run(1, line(6, "DEF002") + line(6, "NAM001") + line(6, "NAM002") + line(6, "SCH003")
                + line(5, "NAM003") + line(3, "TST002") + line(2, "DEF003") + line(1, "DEP002"), ""), run);
    }

    @Test
    void statisticsFollowTheSelection() {
        CliTest.Run run = CliTest.run("check", "--statistics", "--select", "TST,DEF003", CliTest.fixture("naming"));
        assertEquals(new CliTest.Run(0, line(3, "TST002") + line(2, "DEF003"), ""), run);
    }

    @Test
    void statisticsGoToStdoutBesideReportsWrittenToFiles() throws IOException {
        Path json = tmp.resolve("report.json");
        CliTest.Run run = CliTest.run("check", "--statistics", "--select", "DEP", "--format", "json", "-o",
                json.toString(), CliTest.fixture("naming"));
        assertEquals(new CliTest.Run(1, line(1, "DEP002"), ""), run);
        assertTrue(Files.readString(json).contains("\"code\": \"DEP002\""));
    }

    @Test
    void statisticsCannotShareStdoutWithAnotherFormat() {
        assertEquals(new CliTest.Run(2, "", "loclint: --statistics takes the place of the text report on stdout;"
                        + " give --format json an --output\n"),
                CliTest.run("check", "--statistics", "--format", "json", CliTest.fixture("naming")));
    }

    @Test
    void showFilesListsWhatACheckReadsAndChecksNothing() {
        assertEquals(new CliTest.Run(0, NAMING_FILES, ""), CliTest.run("check", "--show-files",
                CliTest.fixture("naming")));
    }

    @Test
    void showFilesOfAFileInsideALocationListsTheWholeLocationTheCheckReads() {
        assertEquals(new CliTest.Run(0, NAMING_FILES, ""), CliTest.run("check", "--show-files",
                Path.of(CliTest.fixture("naming"), "src", "inventory_sync_service", "jobs.py").toString()));
    }

    @Test
    void showFilesOfAMissingPathIsAUsageError() {
        assertEquals(new CliTest.Run(2, "", "loclint: path '/no/such/path' does not exist; give an existing file or"
                + " folder\n"), CliTest.run("check", "--show-files", "/no/such/path"));
    }

    private static String line(int count, String code) {
        return count + "  " + String.format("%-7s", code) + " " + Registry.byCode(code).info().name() + "\n";
    }
}

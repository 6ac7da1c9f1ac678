package io.loclint.rules;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The fixture harness against a location built here with exactly one finding (NAM001 on line 10), so that each
 * way a marker can be wrong is shown to fail, and with which message.
 */
class FixtureAssertTest {
    private static final String NAM001 = "job 'DataJob' is not snake_case; the guide names jobs, ops"
            + " and their schedules in snake_case";
    private static final String HEADER = "findings in loc differ from its # expect: markers";

    @TempDir
    Path temp;
    private Path loc;

    @BeforeEach
    void location() throws IOException {
        loc = temp.resolve("loc");
        Files.createDirectories(loc.resolve("stock_sync"));
        Files.createDirectories(loc.resolve("tests"));
        Files.writeString(loc.resolve("pyproject.toml"), """
                [project]
                name = "stock-sync"
                dependencies = ["dagster==1.8.13"]
                """);
        Files.writeString(loc.resolve("tests/test_jobs.py"), """
                from stock_sync import DataJob


                def test_data_job():
                    assert DataJob.execute_in_process().success
                """);
    }

    private void jobs(String op, String job) throws IOException {
        Files.writeString(loc.resolve("stock_sync/__init__.py"), """
                from dagster import Definitions, job, op


                @op%s
                def fetch_rows():
                    return []


                @job
                def DataJob():%s
                    fetch_rows()


                defs = Definitions(jobs=[DataJob])
                """.formatted(op, job));
    }

    private String failure() {
        return assertThrows(AssertionFailedError.class, () -> FixtureRun.assertMatchesMarkers(loc)).getMessage();
    }

    @Test
    void exactMarkersPass() throws IOException {
        jobs("", "  # expect: NAM001");
        FixtureRun.assertMatchesMarkers(loc);
    }

    @Test
    void aMarkerThatNothingReportsFails() throws IOException {
        jobs("  # expect: DEF003", "  # expect: NAM001");
        assertEquals(HEADER + "\n  did not see:\n    stock_sync/__init__.py:4: DEF003", failure());
    }

    @Test
    void aFindingWithoutItsMarkerFails() throws IOException {
        jobs("", "");
        assertEquals(HEADER + "\n  saw unexpected:\n    stock_sync/__init__.py:10:5: NAM001 " + NAM001, failure());
    }

    @Test
    void aMarkerOnTheWrongLineFailsBothWays() throws IOException {
        jobs("", "\n    # expect: NAM001");
        assertEquals(HEADER + "\n  did not see:\n    stock_sync/__init__.py:12: NAM001"
                + "\n  saw unexpected:\n    stock_sync/__init__.py:10:5: NAM001 " + NAM001, failure());
    }

    @Test
    void aFragmentInTheMessagePasses() throws IOException {
        jobs("", "  # expect: NAM001 \"'DataJob'\"");
        FixtureRun.assertMatchesMarkers(loc);
    }

    @Test
    void aFragmentNotInTheMessageFails() throws IOException {
        jobs("", "  # expect: NAM001 \"StockJob\"");
        assertEquals(HEADER + "\n  did not see:\n    stock_sync/__init__.py:10: NAM001 \"StockJob\""
                + "\n  saw unexpected:\n    stock_sync/__init__.py:10:5: NAM001 " + NAM001, failure());
    }

    @Test
    void aMalformedMarkerFailsEvenWhenTheFindingsMatch() throws IOException {
        jobs("  #expect DEF003", "  # expect: NAM001");
        assertEquals(HEADER + "\n  bad markers:\n    stock_sync/__init__.py:4: malformed marker '#expect DEF003' (write"
                + " # expect: CODE or # expect: CODE \"message fragment\", comma-separated)", failure());
    }

    @Test
    void aMarkerNamingNoRuleFails() throws IOException {
        jobs("  # expect: XYZ999", "  # expect: NAM001");
        assertEquals(HEADER + "\n  bad markers:\n    stock_sync/__init__.py:4: marker names XYZ999, which is no"
                + " registered rule's code\n  did not see:\n    stock_sync/__init__.py:4: XYZ999", failure());
    }

    @Test
    void theFixturesOwnConfigurationApplies() throws IOException {
        Files.writeString(loc.resolve("loclint.toml"), "ignore = [\"NAM001\"]\n");
        jobs("", "");
        FixtureRun.assertMatchesMarkers(loc);
    }

    @Test
    void aConfigurationAboveTheFixtureDoesNot() throws IOException {
        Files.writeString(temp.resolve("loclint.toml"), "ignore = [\"NAM001\"]\n");
        jobs("", "  # expect: NAM001");
        FixtureRun.assertMatchesMarkers(loc);
    }
}

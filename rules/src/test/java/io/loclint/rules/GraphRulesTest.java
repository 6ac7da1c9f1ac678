package io.loclint.rules;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GraphRulesTest {
    @Test
    void messagesNameBothEnds() {
        RunResult result = FixtureRun.run(FixtureRun.fixture("sloppy-permanent-delete"));
        List<String> messages = result.findings().stream()
                .filter(f -> Set.of("SCH001", "DEF001", "TST001").contains(f.code()))
                .map(Finding::message).toList();
        assertEquals(List.of(
                "the entry point registers 'export_job' in jobs=, which is imported from"
                        + " src/template_code_location/jobs/jobs.py but not defined there",
                "schedule 'daily_export_schedule' targets job 'export_job', which is imported from"
                        + " src/template_code_location/jobs/jobs.py but not defined there",
                "test imports 'export_job', which is imported from src/template_code_location/jobs/jobs.py but not"
                        + " defined there"), messages);
    }
}

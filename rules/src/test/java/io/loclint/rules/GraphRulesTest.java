package io.loclint.rules;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GraphRulesTest {
    private static final Set<String> GRAPH_CODES = Set.of("DEF001", "DEF002", "DEF003", "DEF004", "SCH001", "SCH002",
            "SCH003", "TST001", "TST002", "VER001", "VER002", "VER003", "SOC001", "SOC002");

    @Test
    void everyFormOfRegistrationUseAndTarget() {
        FixtureRun.assertMatchesMarkers("graph-forms", GRAPH_CODES);
    }

    @Test
    void sloppyPermanentDeleteListsExactlyTheLeftovers() {
        FixtureRun.assertMatchesMarkers("sloppy-permanent-delete", GRAPH_CODES);
    }

    @Test
    void temporaryDelete() {
        FixtureRun.assertMatchesMarkers("temporary-delete", GRAPH_CODES);
    }

    @Test
    void namesNeverResolveAcrossCodeLocations() {
        FixtureRun.assertMatchesMarkers("monorepo", GRAPH_CODES);
    }

    @Test
    void otherFixturesAreCleanOfGraphFindingsUnlessMarked() {
        FixtureRun.assertMatchesMarkers("template-code-location", GRAPH_CODES);
        FixtureRun.assertMatchesMarkers("entry-points", GRAPH_CODES);
    }

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

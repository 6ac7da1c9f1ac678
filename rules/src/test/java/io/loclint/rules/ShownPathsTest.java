package io.loclint.rules;

import io.loclint.engine.Linter;
import io.loclint.engine.config.Configurations;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Paths rules write into messages go through the linter's shown-path function; symbols and paths do not. */
class ShownPathsTest {

    private static Linter linter(Path folder) {
        return new Linter(Registry.rules(), Registry.metas(), "test",
                Configurations.find(List.of(folder), folder, Registry.options()));
    }

    @Test
    void messagesShowPathsAndTheRootFolderTheWayTheLinterIsTold() {
        Path folder = FixtureRun.fixture("entry-points/no-entry-point");
        Finding plain = only(linter(folder).run(folder, List.of(folder)), "LOC001");
        Finding shown = only(linter(folder).showingPathsWith(p -> "<" + p + ">").run(folder, List.of(folder)),
                "LOC001");
        assertEquals("code location '.' has no Dagster entry point: no module-level Definitions(...), @repository or"
                + " @definitions function for a loader to discover", plain.message());
        assertEquals("code location '<>' has no Dagster entry point: no module-level Definitions(...), @repository or"
                + " @definitions function for a loader to discover", shown.message());
        assertEquals(List.of(plain.path(), plain.symbol()), List.of(shown.path(), shown.symbol()));
    }

    @Test
    void definitionAndEntryPointFilesInMessagesAreShownToo() {
        Path folder = FixtureRun.fixture("naming");
        Finding shown = linter(folder).showingPathsWith(p -> "/abs/" + p).run(folder, List.of(folder)).findings()
                .stream().filter(f -> f.code().equals("DEF002") && f.symbol().equals("job:stock_assets_job"))
                .findFirst().orElseThrow();
        assertEquals("job 'stock_assets_job' is defined in /abs/src/inventory_sync_service/jobs.py but not registered"
                + " in /abs/src/inventory_sync_service/repository.py", shown.message());
        assertEquals("src/inventory_sync_service/jobs.py", shown.path());
    }

    @Test
    void theFileAReferenceResolvesAgainstIsShownToo() {
        Path folder = FixtureRun.fixture("sloppy-permanent-delete");
        Finding plain = only(linter(folder).run(folder, List.of(folder)), "DEF001");
        Finding shown = only(linter(folder).showingPathsWith(p -> "/abs/" + p).run(folder, List.of(folder)),
                "DEF001");
        assertEquals("the entry point registers 'export_job' in jobs=, which is imported from"
                + " src/template_code_location/jobs/jobs.py but not defined there", plain.message());
        assertEquals("the entry point registers 'export_job' in jobs=, which is imported from"
                + " /abs/src/template_code_location/jobs/jobs.py but not defined there", shown.message());
    }

    private static Finding only(RunResult result, String code) {
        List<Finding> found = result.findings().stream().filter(f -> f.code().equals(code)).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }
}

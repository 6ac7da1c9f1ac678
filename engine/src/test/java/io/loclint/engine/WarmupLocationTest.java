package io.loclint.engine;

import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.ModelBuilder;
import io.loclint.engine.files.ParsedFile;
import io.loclint.engine.model.Project;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The warm-up is worth its time only if its location parses cleanly and reaches the model as a real one. */
class WarmupLocationTest {
    @Test
    void theWarmupLocationParsesCleanlyAndBuildsOneCodeLocationWithItsDefinitions() {
        Path root = Path.of("").toAbsolutePath();
        List<ParsedFile> parsed = WarmupLocation.parsed(root);
        assertEquals(10, parsed.size());
        for (ParsedFile file : parsed) {
            assertTrue(file.problems().isEmpty(), file.path() + ": " + file.problems());
            assertNotNull(file.kind(), file.path());
        }
        Project project = ModelBuilder.build(root, parsed, List.of(WarmupLocation.MARKER));
        assertEquals(1, project.locations().size());
        CodeLocation location = project.locations().get(0);
        assertEquals(List.of("clean_rows", "load_rows", "rows_graph", "rows_graph_job", "rows_job_ver_1",
                        "rows_job_ver_1_schedule", "rows_sensor"),
                location.definitions().stream().map(DagsterDefinition::name).sorted().toList());
    }
}

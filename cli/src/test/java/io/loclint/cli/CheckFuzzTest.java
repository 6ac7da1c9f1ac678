package io.loclint.cli;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.loclint.engine.Linter;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.Version;
import io.loclint.rules.Registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole {@code check} over trees built from fuzzer input: a code location whose files (Python, pyproject,
 * YAML, Helm template, Dockerfile, .env, requirements) get fuzzed contents. Every rule runs; none may throw.
 * Regression inputs: {@code src/test/resources/io/loclint/cli/CheckFuzzTestInputs/wholeCheck/}.
 */
class CheckFuzzTest {
    private static final List<String> FILES = List.of("pkg/repository.py", "pkg/jobs.py", "tests/test_jobs.py",
            "pyproject.toml", "deploy/chart/values.yaml", "deploy/chart/Chart.yaml",
            "deploy/chart/templates/deployment.yaml", "Dockerfile", ".env", "requirements.txt", "workspace.yaml");

    @FuzzTest(maxDuration = "10m")
    void wholeCheck(FuzzedDataProvider data) throws IOException {
        Path root = Files.createTempDirectory("loclint-fuzz");
        try {
            Files.createDirectories(root.resolve("pkg"));
            Files.writeString(root.resolve("pkg/__init__.py"), "from dagster import Definitions\n");
            for (String file : FILES) {
                if (data.remainingBytes() == 0) {
                    break;
                }
                Path path = root.resolve(file);
                Files.createDirectories(path.getParent());
                Files.write(path, data.consumeBytes(data.consumeInt(0, 4096)));
            }
            RunResult result = new Linter(Registry.rules(), Registry.metas(), Version.get()).run(root, List.of(root));
            assertTrue(result.successful(), () -> "a rule failed: " + result.notifications());
        } finally {
            delete(root);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.loclint.rules;

import io.loclint.engine.Linter;
import io.loclint.engine.config.LoclintConfig;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Workspace files only name entry points: whatever shape they take, beside a project or not, no rule fails and no
 * finding is about a location the workspace file would have made up.
 */
class WorkspaceShapesTest {
    private static final String JOBS = "from dagster import Definitions, job, op\n\n\n@op\ndef read_tides():\n"
            + "    return []\n\n\n@job\ndef tide_tables_job():\n    read_tides()\n\n\n"
            + "defs = Definitions(jobs=[tide_tables_job])\n";

    /** Workspace file text by the shape it has; {@code %s} is the workspace file's name. */
    private static final Map<String, String> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("grpc server only", "load_from:\n  - grpc_server:\n      host: localhost\n      port: 4000\n");
        SHAPES.put("folder without a project", "load_from:\n  - python_module:\n      module_name: x.defs\n"
                + "      working_directory: nowhere\n");
        SHAPES.put("working directory only", "load_from:\n  - python_module:\n      working_directory: tides\n");
        SHAPES.put("scalar forms", "load_from:\n  - python_module: tide_tables.definitions\n"
                + "  - python_package: tide_tables\n  - python_file: tide_tables/definitions.py\n");
        SHAPES.put("missing module", "load_from:\n  - python_module:\n      module_name: gone.definitions\n"
                + "      working_directory: tides\n");
        SHAPES.put("missing file", "load_from:\n  - python_file:\n      relative_path: tides/gone.py\n"
                + "      working_directory: tides\n");
        SHAPES.put("absolute directories", "load_from:\n  - python_module:\n      module_name: x.defs\n"
                + "      working_directory: /opt/dagster/app\n  - python_file:\n      relative_path: /app/defs.py\n");
        SHAPES.put("odd values", "load_from:\n  - python_module:\n      module_name: [a, b]\n"
                + "      working_directory: {x: 1}\n  - python_file:\n  - python_package: ''\n  - 7\n"
                + "  - python_module:\n      module_name: ~\n");
        SHAPES.put("not a list", "load_from: tide_tables\nlocations: 3\n");
        SHAPES.put("cloud locations", "locations:\n  - location_name: a\n    code_source:\n"
                + "      package_name: tide_tables\n    build:\n      directory: ./tides\n"
                + "  - location_name: b\n    code_source:\n      python_file: definitions.py\n"
                + "    working_directory: ./tides/tide_tables\n  - location_name: c\n"
                + "  - location_name: d\n    code_source: x\n    build: y\n");
        SHAPES.put("escaping the root", "load_from:\n  - python_module:\n      module_name: x\n"
                + "      working_directory: ../../..\n");
        SHAPES.put("empty", "");
    }

    @TempDir
    Path temp;

    @Test
    void noWorkspaceShapeMakesARuleFailOrALocationOfItsOwn() throws IOException {
        int n = 0;
        for (Map.Entry<String, String> shape : SHAPES.entrySet()) {
            for (String file : List.of("workspace.yaml", "dagster_cloud.yaml", "tides/tide_tables/workspace.yaml")) {
                for (boolean project : List.of(true, false)) {
                    Path root = Files.createDirectories(temp.resolve("shape" + n++));
                    Files.createDirectories(root.resolve("tides/tide_tables"));
                    Files.writeString(root.resolve("tides/tide_tables/__init__.py"),
                            "from tide_tables.definitions import defs\n");
                    Files.writeString(root.resolve("tides/tide_tables/definitions.py"), JOBS);
                    if (project) {
                        Files.writeString(root.resolve("tides/pyproject.toml"),
                                "[project]\nname = \"tide-tables\"\ndependencies = [\"dagster\"]\n");
                    }
                    Files.writeString(root.resolve(file), shape.getValue());
                    Map<String, Throwable> failures = new ConcurrentHashMap<>();
                    RunResult result = new Linter(Registry.rules(), Registry.metas(), "test",
                            LoclintConfig.defaults()).reportingRuleFailuresTo(failures::put).run(root, List.of(root));
                    String where = shape.getKey() + " in " + file + (project ? " beside a project" : "");
                    assertEquals(Map.of(), failures, where);
                    assertEquals(List.of(), locationCodes(result, project ? "tides" : null), where);
                }
            }
        }
    }

    /**
     * Findings about locations other than the project, if any (none can exist without a project), and LOC001 on
     * the project except where the shape names a module or file it lacks.
     */
    private static List<String> locationCodes(RunResult result, String projectFolder) {
        List<String> out = new ArrayList<>();
        for (Finding finding : result.findings()) {
            String symbol = finding.symbol() == null ? "" : finding.symbol();
            boolean aboutProject = projectFolder != null && symbol.equals("location:" + projectFolder);
            boolean declaredWrong = finding.message().contains("does not exist");
            if (symbol.startsWith("location:") && !(aboutProject && declaredWrong)) {
                out.add(finding.code() + " " + finding.path() + " " + finding.message());
            }
        }
        return out;
    }
}

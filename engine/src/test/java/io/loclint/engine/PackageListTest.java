package io.loclint.engine;

import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.ParsedFile;
import io.loclint.engine.files.SourceFile;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.ModelBuilder;
import io.loclint.engine.model.Project;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The location's package list is what the build configuration lists, else what its layout finds. */
class PackageListTest {
    private static final String DEFINITIONS = "from dagster import Definitions, asset\n\n\n@asset\n"
            + "def tides():\n    return []\n\n\ndefs = Definitions(assets=[tides])\n";

    @Test
    void hatchListsEveryPackageSoAFolderOfScriptsBesideItIsNone() {
        assertEquals(Set.of("harbor"), packages("pyproject.toml", Map.of(
                "pyproject.toml", "[project]\nname = \"harbor\"\ndependencies = [\"dagster\"]\n\n"
                        + "[tool.hatch.build.targets.wheel]\npackages = [\"src/harbor\"]\n",
                "src/harbor/__init__.py", DEFINITIONS,
                "src/cube/refresh.py", "import json\n\nprint(json.dumps({}))\n")));
    }

    @Test
    void anAppFolderBesideTheFlatPackageAddsItsPackagesWithoutMovingIt() {
        assertEquals(Set.of("harbor", "widgets"), packages("pyproject.toml", Map.of(
                "pyproject.toml", "[project]\nname = \"harbor\"\ndependencies = [\"dagster\", \"streamlit\"]\n",
                "harbor/__init__.py", DEFINITIONS,
                "kiosk/app.py", "from widgets.table import rows\n\nrows()\n",
                "kiosk/widgets/__init__.py", "",
                "kiosk/widgets/table.py", "def rows():\n    return []\n")));
    }

    @Test
    void aFolderTestsRunFromAddsItsPackagesWithoutMovingTheFoundOne() {
        assertEquals(Set.of("yard_planner", "answers"), packages("setup.cfg", Map.of(
                "setup.cfg", "[metadata]\nname = yard-planner\n\n[options]\npackages = find:\n"
                        + "install_requires =\n    dagster\n",
                "yard_planner/__init__.py", DEFINITIONS,
                "exercises/answers/__init__.py", "",
                "exercises/answers/yard.py", "def plan():\n    return []\n",
                "exercises/tests/__init__.py", "",
                "exercises/tests/test_answers.py", "from answers.yard import plan\n\n\n"
                        + "def test_plan():\n    assert plan() == []\n")));
    }

    @Test
    void aGlobIncludeLeavesTheListShortSoTheLayoutsPackagesCount() {
        assertEquals(Set.of("dock_rota", "legacy_rota"), packages("pyproject.toml", Map.of(
                "pyproject.toml", "[tool.poetry]\nname = \"dock-rota\"\n"
                        + "packages = [{include = \"dock_rota\"}, {include = \"legacy_*\"}]\n\n"
                        + "[tool.poetry.dependencies]\ndagster = \"*\"\n",
                "dock_rota/__init__.py", DEFINITIONS,
                "legacy_rota/__init__.py", "")));
    }

    private static Set<String> packages(String marker, Map<String, String> files) {
        Path root = Path.of("package-list-test").toAbsolutePath();
        List<ParsedFile> parsed = new ArrayList<>();
        new TreeMap<>(files).forEach((path, text) -> parsed.add(FileParser.frontEnd(
                new SourceFile(path, root.resolve(path), FileKind.of(path), text.length()), text)));
        Project project = ModelBuilder.build(root, parsed, List.of(marker));
        List<CodeLocation> locations = project.locations();
        assertEquals(1, locations.size(), "locations");
        return Set.copyOf(locations.get(0).packages());
    }
}

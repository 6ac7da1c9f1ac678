package io.loclint.engine.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DiscoveryTest {
    @TempDir
    Path root;

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void listsReadableFilesAndSkipsVirtualenvsCachesBuildOutputAndIgnoredFiles() throws IOException {
        write(".gitignore", "secret_dump/\n*.generated.py\n");
        write("loc/pyproject.toml", "[project]\nname='x'\n");
        write("loc/src/pkg/__init__.py", "");
        write("loc/src/pkg/jobs.py", "");
        write("loc/src/pkg/jobs.generated.py", "");
        write("loc/Dockerfile", "FROM python:3.12\n");
        write("loc/chart/Chart.yaml", "apiVersion: v2\nname: x\nversion: 0.1.0\n");
        write("loc/chart/templates/deployment.yaml", "image: {{ .Values.image }}\n");
        write("loc/chart/values.yaml", "image: x\n");
        write("loc/ci/templates/action.yaml", "if: ${{ inputs.x == '' }}\n");
        write("loc/ci/templates/notes.tpl", "{{ .x }}\n");
        write("loc/.venv/lib/site.py", "");
        write("loc/env/pyvenv.cfg", "home = /usr\n");
        write("loc/env/lib/x.py", "");
        write("loc/node_modules/a/b.yaml", "");
        write("loc/build/lib/pkg/jobs.py", "");
        write("loc/pkg.egg-info/x.toml", "");
        write("loc/__pycache__/x.py", "");
        write("secret_dump/x.py", "");
        write("loc/README.md", "");
        Discovery.Result result = new Discovery(root).discover(List.of(root));
        assertEquals(List.of(
                        "loc/Dockerfile",
                        "loc/chart/Chart.yaml",
                        "loc/chart/templates/deployment.yaml",
                        "loc/chart/values.yaml",
                        "loc/ci/templates/action.yaml",
                        "loc/pyproject.toml",
                        "loc/src/pkg/__init__.py",
                        "loc/src/pkg/jobs.py"),
                result.files().stream().map(SourceFile::path).toList());
        // a templates/ folder is a chart's only beside a Chart.yaml
        assertEquals(List.of(FileKind.DOCKERFILE, FileKind.YAML, FileKind.HELM_TEMPLATE, FileKind.YAML, FileKind.YAML,
                FileKind.PYPROJECT, FileKind.PYTHON, FileKind.PYTHON), result.files().stream().map(SourceFile::kind).toList());
        assertEquals(List.of("loc/pyproject.toml"), result.locationMarkers());
    }

    @Test
    void aFileGitTracksIsReadEvenWhenGitignoreListsIt() throws IOException {
        write(".gitignore", ".env\nscratch.env\nconfig/\n");
        write(".env", "DB_PASSWORD=x\n");
        write("scratch.env", "DB_PASSWORD=x\n");
        write("config/.env.local", "DB_PASSWORD=x\n");
        write("config/other.env", "DB_PASSWORD=x\n");
        write("loc/pyproject.toml", "");
        Files.write(Files.createDirectories(root.resolve(".git")).resolve("index"),
                GitIndexTest.index(2, 20, List.of(".env", ".gitignore", "config/.env.local", "loc/pyproject.toml")));
        Discovery.Result result = new Discovery(root).discover(List.of(root));
        assertEquals(List.of(".env", "config/.env.local", "loc/pyproject.toml"),
                result.files().stream().map(SourceFile::path).toList());
    }

    @Test
    void doesNotFollowSymbolicLinks() throws IOException {
        write("loc/pyproject.toml", "");
        write("outside/secret.py", "");
        Files.createSymbolicLink(root.resolve("loc/link"), root.resolve("outside"));
        Files.createSymbolicLink(root.resolve("loc/loop"), root.resolve("loc"));
        Discovery.Result result = new Discovery(root).discover(List.of(root.resolve("loc")));
        assertEquals(List.of("loc/pyproject.toml"), result.files().stream().map(SourceFile::path).toList());
    }

    /** An editor's file not on disk yet is found where the walk would find it, and nowhere else. */
    @Test
    void anUnsavedFileNotOnDiskIsFoundAsIfPresentUnlessTheWalkWouldSkipIt() throws IOException {
        write(".gitignore", "*.generated.py\n");
        write("loc/pyproject.toml", "[project]\nname='x'\n");
        write("loc/pkg/jobs.py", "");
        write("other/pyproject.toml", "[project]\nname='y'\n");
        write("loc/env/pyvenv.cfg", "home = /usr\n");
        List<String> unsaved = List.of("loc/pkg/jobs2.py", "loc/pkg/new/schedules.py", "loc/pkg/jobs.py",
                "loc/Dockerfile", "loc/.venv/x.py", "loc/env/y.py", "loc/pkg/x.generated.py", "loc/notes.md",
                "other/pkg/z.py", "new_location/pyproject.toml");
        Set<Path> editor = unsaved.stream().map(root::resolve).collect(Collectors.toSet());
        editor.add(root.resolveSibling("outside.py"));

        Discovery.Result all = new Discovery(root, null, editor).discover(List.of(root));
        assertEquals(List.of("loc/Dockerfile", "loc/pkg/jobs.py", "loc/pkg/jobs2.py", "loc/pkg/new/schedules.py",
                        "loc/pyproject.toml", "new_location/pyproject.toml", "other/pkg/z.py", "other/pyproject.toml"),
                all.files().stream().map(SourceFile::path).toList());
        assertEquals(0, all.files().get(0).size(), "measured when its text is parsed");
        assertEquals(List.of("loc/pyproject.toml", "new_location/pyproject.toml", "other/pyproject.toml"),
                all.locationMarkers());

        // a location no change touches is left, unsaved files and all, and so is one only an editor holds
        Discovery.Result changed = new Discovery(root, ChangedFiles.of(List.of("loc/pkg/jobs2.py")), editor)
                .discover(List.of(root));
        assertEquals(List.of("loc/Dockerfile", "loc/pkg/jobs.py", "loc/pkg/jobs2.py", "loc/pkg/new/schedules.py",
                        "loc/pyproject.toml"),
                changed.files().stream().map(SourceFile::path).toList());

        // without unsaved files, as the command line runs
        assertEquals(List.of("loc/pkg/jobs.py", "loc/pyproject.toml", "other/pyproject.toml"),
                new Discovery(root).discover(List.of(root)).files().stream().map(SourceFile::path).toList());
    }

    @Test
    void withChangedFilesOnlyTheLocationsHoldingOneAreReadAndFilesOutsideLocationsStill() throws IOException {
        write("workspace.yaml", "load_from: []\n");
        write("locations/a/pyproject.toml", "");
        write("locations/a/src/a/jobs.py", "");
        write("locations/b/pyproject.toml", "");
        write("locations/b/src/b/jobs.py", "");
        write("locations/b/nested/pyproject.toml", "");
        write("locations/b/nested/src/n/jobs.py", "");
        write("locations/c/pyproject.toml", "");
        write("locations/c/src/c/jobs.py", "");
        write("deploy/values.yaml", "");

        // a deleted file still marks its location; a change in a nested location keeps the outer one too
        ChangedFiles changed = ChangedFiles.of(List.of("locations/a/src/a/removed.py",
                "locations/b/nested/src/n/jobs.py"));
        Discovery.Result result = new Discovery(root, changed).discover(List.of(root));
        assertEquals(List.of("deploy/values.yaml",
                        "locations/a/pyproject.toml",
                        "locations/a/src/a/jobs.py",
                        "locations/b/nested/pyproject.toml",
                        "locations/b/nested/src/n/jobs.py",
                        "locations/b/pyproject.toml",
                        "locations/b/src/b/jobs.py",
                        "workspace.yaml"),
                result.files().stream().map(SourceFile::path).toList());
        assertEquals(List.of("locations/a/pyproject.toml", "locations/b/nested/pyproject.toml",
                "locations/b/pyproject.toml"), result.locationMarkers());

        // a requested folder counts whole: the location nested in it is read too
        Discovery.Result folder = new Discovery(root, ChangedFiles.of(List.of("locations/b"))).discover(List.of(root));
        assertEquals(List.of("deploy/values.yaml",
                        "locations/b/nested/pyproject.toml",
                        "locations/b/nested/src/n/jobs.py",
                        "locations/b/pyproject.toml",
                        "locations/b/src/b/jobs.py",
                        "workspace.yaml"),
                folder.files().stream().map(SourceFile::path).toList());

        Discovery.Result none = new Discovery(root, ChangedFiles.of(List.of("README.md"))).discover(List.of(root));
        assertEquals(List.of("deploy/values.yaml", "workspace.yaml"),
                none.files().stream().map(SourceFile::path).toList());
        assertEquals(List.of(), none.locationMarkers());
    }

    @Test
    void theSelectionOfATreeForChangedFilesKeepsTouchedLocationsWholeAndEverythingOutsideLocations() {
        List<String> tree = List.of("workspace.yaml", "deploy/values.yaml",
                "locations/a/pyproject.toml", "locations/a/src/a/jobs.py",
                "locations/b/pyproject.toml", "locations/b/src/b/jobs.py",
                "locations/b/nested/setup.py", "locations/b/nested/n.py",
                "locations/c/setup.cfg", "locations/c/c.py");
        assertEquals(List.of("workspace.yaml", "deploy/values.yaml", "locations/b"),
                ChangedFiles.of(List.of("locations/b/nested/n.py")).selection(tree, 100));
        assertEquals(List.of("workspace.yaml", "deploy/values.yaml"),
                ChangedFiles.of(List.of("README.md")).selection(tree, 100));
        assertEquals(null, ChangedFiles.of(List.of("locations/a/x.py", "locations/b/nested/y.py", "locations/c/c.py"))
                .selection(tree, 100), "every location touched: nothing to leave out");
        assertEquals(null, ChangedFiles.of(List.of("locations/a/x.py")).selection(tree, 2), "too many pieces");
    }
}

package io.loclint.cli;

import io.loclint.engine.files.FileKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which files the VS Code extension under editors/vscode sends to the server (VsCodeExtensionIT runs it). */
class VsCodeExtensionTest {
    private static final Path ROOT = Path.of(System.getProperty("loclint.root.dir", ".."));
    private static final Path EXTENSION = ROOT.resolve("editors/vscode");

    /** A file of each kind loclint reads, and files it does not, as the server sees them in a workspace. */
    @Test
    void theDocumentSelectorCoversEveryFileKindLoclintReads() throws IOException {
        // VS Code matches a pattern against the whole path, and its "/**/" matches no folder as well; Java's needs one
        List<PathMatcher> selector = filePatterns().stream()
                .flatMap(glob -> Stream.of(glob, glob.replace("/**/", "/")))
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
        List<String> read = List.of("src/pkg/jobs.py", "src/pkg/types.pyi", "pyproject.toml", "loclint.toml",
                "config/dagster.toml", "workspace.yaml", "deploy/values.yml", "deploy/values-prod.yaml.j2",
                "chart/templates/deployment.yaml", "chart/templates/_helpers.tpl", "chart/templates/NOTES.txt",
                "Dockerfile", "docker/Dockerfile.prod", "build/app.dockerfile", "Containerfile",
                "requirements.txt", "requirements-dev.txt", "setup.cfg", ".env", ".env.local", ".env-prod",
                "deploy/prod.env");
        Set<FileKind> kinds = new TreeSet<>();
        for (String file : read) {
            FileKind kind = FileKind.of(file);
            assertTrue(kind != null, file + " is a file loclint reads");
            kinds.add(kind);
            assertTrue(selector.stream().anyMatch(m -> m.matches(Path.of("/workspace", file))),
                    file + " (" + kind.label() + ") is sent to the server");
        }
        assertEquals(Set.of(FileKind.values()), kinds, "every kind has an example above");
        for (String other : List.of("README.md", "src/pkg/data.json", "docs/notes.txt")) {
            assertEquals(null, FileKind.of(other), other);
            assertFalse(selector.stream().anyMatch(m -> m.matches(Path.of("/workspace", other))), other);
        }
    }

    private static List<String> filePatterns() throws IOException {
        String source = Files.readString(EXTENSION.resolve("extension.js"));
        Matcher list = Pattern.compile("const FILE_PATTERNS = \\[(.*?)];", Pattern.DOTALL).matcher(source);
        assertTrue(list.find(), "extension.js lists FILE_PATTERNS");
        List<String> patterns = new ArrayList<>();
        Matcher quoted = Pattern.compile("'([^']+)'").matcher(list.group(1));
        while (quoted.find()) {
            patterns.add(quoted.group(1));
        }
        assertFalse(patterns.isEmpty());
        return patterns;
    }
}

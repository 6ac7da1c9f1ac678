package io.loclint.cli;

import io.loclint.engine.files.FileKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The VS Code extension under editors/vscode: what it sends to the server, and that its npm build packages it. */
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

    /**
     * {@code npm ci && npm run package} in a copy of the extension's tracked files, as a user builds the .vsix; needs npm and the
     * registry, so only with -Dloclint.vscode=true (as .ci/run runs it).
     */
    @Test
    void npmRunPackageBuildsAVsixThatHoldsTheExtensionAndItsLanguageClient(@TempDir Path build) throws IOException {
        assumeTrue(Boolean.getBoolean("loclint.vscode"),
                "the .vsix is built only with -Dloclint.vscode=true (needs npm and the npm registry)");
        for (String file : List.of("package.json", "package-lock.json", "extension.js", "README.md",
                ".vscodeignore")) {
            Files.copy(EXTENSION.resolve(file), build.resolve(file));
        }
        GitRepos.Result install = GitRepos.run(build, "npm", "ci", "--no-audit", "--no-fund");
        assertEquals(0, install.exitCode(), install.out());
        GitRepos.Result pack = GitRepos.run(build, "npm", "run", "package");
        assertEquals(0, pack.exitCode(), pack.out());

        List<String> ownFiles = new ArrayList<>();
        try (ZipFile vsix = new ZipFile(build.resolve("loclint.vsix").toFile())) {
            vsix.stream().map(ZipEntry::getName).filter(name -> !name.startsWith("extension/node_modules/"))
                    .sorted().forEach(ownFiles::add);
            assertEquals(List.of("[Content_Types].xml", "extension.vsixmanifest", "extension/extension.js",
                    "extension/package.json", "extension/readme.md"), ownFiles);
            // extension.js requires the client at run time: vsce must have bundled it with its dependencies
            for (String module : List.of("vscode-languageclient/node.js", "vscode-languageserver-protocol/node.js",
                    "vscode-jsonrpc/node.js")) {
                assertTrue(vsix.getEntry("extension/node_modules/" + module) != null, module);
            }
            String manifest = new String(vsix.getInputStream(vsix.getEntry("extension.vsixmanifest")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(manifest.contains("<Identity Language=\"en-US\" Id=\"loclint\" Version=\"0.1.0\""
                    + " Publisher=\"loclint\""), manifest);
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

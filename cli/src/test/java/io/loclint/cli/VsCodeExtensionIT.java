package io.loclint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The VS Code extension under editors/vscode, built as a user builds it: {@code npm ci}, then {@code npm test} (the
 * extension and the real vscode-languageclient, in a stand-in for VS Code, against the server of the jar this build
 * packaged), then {@code npm run package}. Needs npm and the npm registry, so only with -Dloclint.vscode=true (as
 * .ci/run runs it); in the integration-test phase, after the jar exists (see the cli pom).
 */
class VsCodeExtensionIT {
    private static final Path ROOT = Path.of(System.getProperty("loclint.root.dir", ".."));
    /** Set only by the cli pom's integration-test execution. */
    private static final String DIST_DIR = System.getProperty("loclint.dist.dir");

    @Test
    void npmTestsTheExtensionAgainstTheServerAndPackagesAVsixWithItsLanguageClient(@TempDir Path temp)
            throws IOException, InterruptedException {
        assumeTrue(DIST_DIR != null, "the extension is tested in the integration-test phase, on the packaged jar");
        assumeTrue(Boolean.getBoolean("loclint.vscode"),
                "the VS Code extension is built only with -Dloclint.vscode=true (needs npm and the npm registry)");
        // a copy of the tracked files, where npm may write node_modules and the .vsix
        Path build = temp.resolve("vscode");
        Files.createDirectories(build.resolve("test"));
        for (String file : List.of("package.json", "package-lock.json", "extension.js", "README.md", ".vscodeignore",
                "test/fake-vscode.js", "test/extension.test.js")) {
            Files.copy(ROOT.resolve("editors/vscode").resolve(file), build.resolve(file));
        }
        Path launcher = Files.writeString(temp.resolve("loclint"), "#!/bin/sh\nexec '"
                + Path.of(System.getProperty("java.home"), "bin", "java") + "' -jar '"
                + Path.of(DIST_DIR).resolve("loclint-all.jar").toAbsolutePath() + "' \"$@\"\n");
        assertTrue(launcher.toFile().setExecutable(true));

        npm(build, Map.of(), "ci", "--no-audit", "--no-fund");
        String tested = npm(build, Map.of("LOCLINT_PATH", launcher.toString(),
                "LOCLINT_FIXTURE", ROOT.resolve("testdata/naming").toAbsolutePath().toString()), "test");
        assertTrue(tested.contains("# pass 1\n# fail 0\n"), tested);
        npm(build, Map.of(), "run", "package");

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

    /** Runs npm in {@code dir}; fails the test unless it exits 0 within five minutes; returns its output. */
    private static String npm(Path dir, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("npm"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Path output = Files.createTempFile(dir.getParent(), "npm", ".log");
        Process npm = builder.redirectOutput(output.toFile()).start();
        npm.getOutputStream().close();
        boolean finished = npm.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            npm.destroyForcibly().waitFor();
        }
        String out = Files.readString(output);
        assertTrue(finished, "npm " + String.join(" ", args) + " did not finish: " + out);
        assertEquals(0, npm.exitValue(), "npm " + String.join(" ", args) + ": " + out);
        return out;
    }
}

package io.loclint.cli;

import io.loclint.cli.gitea.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Zed extension under editors/zed: its manifest, and the command its Rust code gives Zed, run with cargo against
 * the stand-in for Zed's API in {@code zed/} (the real crate and a WebAssembly target cannot be had here). Skipped
 * where cargo is not installed.
 */
class ZedExtensionTest {
    private static final Path ROOT = Path.of(System.getProperty("loclint.root.dir", ".."));
    private static final Path EXTENSION = ROOT.resolve("editors/zed");
    private static final Path STAND_IN = ROOT.resolve("cli/src/test/resources/zed");

    @Test
    void theManifestDeclaresTheServerForTheLanguagesTheDocumentNames() throws IOException {
        TomlParseResult manifest = Toml.parse(EXTENSION.resolve("extension.toml"));
        assertEquals(List.of(), manifest.errors());
        assertEquals("loclint", manifest.getString("id"));
        assertEquals(1L, manifest.getLong("schema_version"));
        assertEquals("loclint", manifest.getString("language_servers.loclint.name"));
        List<Object> languages = manifest.getArray("language_servers.loclint.languages").toList();
        assertEquals(List.of("Python", "TOML", "YAML", "Dockerfile", "Helm"), languages);
        assertTrue(zedSection().contains("for Zed's Python, TOML, YAML, Dockerfile and Helm files"), zedSection());
    }

    @Test
    void theCrateIsTheCdylibZedBuildsAgainstTheApiTheStandInMirrors() throws IOException {
        TomlParseResult crate = Toml.parse(EXTENSION.resolve("Cargo.toml"));
        assertEquals(List.of(), crate.errors());
        assertEquals(List.of("cdylib"), crate.getArray("lib.crate-type").toList());
        TomlParseResult standIn = Toml.parse(STAND_IN.resolve("zed_extension_api/Cargo.toml"));
        // a newer API needs the stand-in checked against it first
        assertEquals(standIn.getString("package.version"), crate.getString("dependencies.zed_extension_api"));
    }

    @Test
    void theDocumentedSettingsAreTheOnesTheExtensionReads() throws IOException {
        Matcher block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(zedSection());
        assertTrue(block.find(), "the Zed section shows its settings");
        Object binary = Json.at(Json.parse(block.group(1)), "lsp", "loclint", "binary");
        assertEquals("/opt/loclint/bin/loclint", Json.string(binary, "path"));
        assertEquals(List.of("server", "--debounce", "300"), Json.array(Json.at(binary, "arguments")));
        assertEquals("/usr/lib/jvm/java-17", Json.string(binary, "env", "JAVA_HOME"));
    }

    @Test
    void theExtensionGivesZedTheLoclintServerCommand(@TempDir Path temp) throws IOException, InterruptedException {
        Optional<Path> cargo = cargo();
        assumeTrue(cargo.isPresent(), "cargo is not installed: the Zed extension's Rust code is not run");
        Path crate = temp.resolve("crate");
        GitRepos.copyTree(STAND_IN, crate);
        Files.writeString(crate.resolve("Cargo.toml"), """
                [package]
                name = "loclint-zed"
                version = "0.1.0"
                edition = "2021"
                publish = false

                [lib]
                path = "%s"

                [dependencies]
                zed_extension_api = { path = "zed_extension_api" }
                """.formatted(EXTENSION.resolve("src/lib.rs").toAbsolutePath().normalize()));
        Path log = temp.resolve("cargo.log");
        ProcessBuilder test = new ProcessBuilder(cargo.get().toString(), "test", "--offline", "--test",
                "language_server_command").directory(crate.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        test.environment().put("CARGO_TARGET_DIR", temp.resolve("target").toString());
        test.environment().put("CARGO_TERM_COLOR", "never");
        Process process = test.start();
        process.getOutputStream().close();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("test result: ok. 5 passed; 0 failed"), output);
    }

    /** cargo on the PATH, or where rustup puts it (a shell's profile adds that folder to the PATH, a CI job may not). */
    private static Optional<Path> cargo() {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(folder -> !folder.isEmpty()).map(folder -> Path.of(folder, "cargo"));
        String cargoHome = System.getenv("CARGO_HOME");
        Path rustup = cargoHome != null ? Path.of(cargoHome, "bin", "cargo")
                : Path.of(System.getProperty("user.home"), ".cargo", "bin", "cargo");
        return Stream.concat(onPath, Stream.of(rustup)).filter(Files::isExecutable).findFirst();
    }

    private static String zedSection() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/editors.md"));
        int start = doc.indexOf("\n## Zed\n");
        assertTrue(start >= 0, "docs/editors.md has a Zed section");
        int end = doc.indexOf("\n## ", start + 1);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }
}

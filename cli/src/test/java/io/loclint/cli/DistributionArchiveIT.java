package io.loclint.cli;

import io.loclint.grammar.python.PythonFrontEnd;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The release archives {@code mvn package} makes, used as a user would: unpacked into a folder of their choice,
 * run through a symbolic link on PATH, with nothing but Java. Runs in the integration-test phase, after the
 * archives exist (see the cli pom).
 */
class DistributionArchiveIT {
    private static final String VERSION = System.getProperty("loclint.version");
    /** Set only by the cli pom's integration-test execution; the unit-test phase runs before the archives exist. */
    private static final String DIST_DIR = System.getProperty("loclint.dist.dir");
    private static final Path ROOT = Path.of(System.getProperty("loclint.root.dir", ".."));

    @TempDir
    static Path temp;
    private static Path install;
    private static Path onPath;
    private static Path home;

    @BeforeAll
    static void unpackAndLinkOnPath() throws IOException, InterruptedException {
        assumeTrue(DIST_DIR != null, "the archives are tested in the integration-test phase, after package");
        Path unpacked = Files.createDirectories(temp.resolve("opt"));
        Result tar = run(unpacked, Map.of(), "tar", "-xzf",
                Path.of(DIST_DIR).resolve("loclint-" + VERSION + ".tar.gz").toAbsolutePath().toString());
        assertEquals(0, tar.exitCode(), tar.err());
        install = unpacked.resolve("loclint-" + VERSION);
        // a link to a relative link, as `ln -s` in ~/bin to a versioned folder's "current" link would make
        Path current = Files.createSymbolicLink(unpacked.resolve("current"), Path.of("loclint-" + VERSION));
        onPath = Files.createDirectories(temp.resolve("bin"));
        Files.createSymbolicLink(onPath.resolve("loclint"), current.resolve("bin/loclint"));
        home = Files.createDirectories(temp.resolve("home"));
    }

    @Test
    void theArchiveHoldsTheLauncherTheJarWithItsNativeParserAndTheLicences() throws IOException {
        assertEquals(List.of("THIRD-PARTY-NOTICES.txt", "bin/loclint", "lib/loclint.jar",
                "licenses/Apache-2.0.txt", "licenses/BSD-3-Clause.txt", "licenses/EPL-2.0.txt", "licenses/MIT.txt"),
                files(install));
        assertTrue(Files.isExecutable(install.resolve("bin/loclint")));
        String notices = Files.readString(install.resolve("THIRD-PARTY-NOTICES.txt"));
        assertTrue(notices.startsWith("loclint " + VERSION + " bundles the following software"), notices);
        assertTrue(notices.contains("picocli 4.7.7 "), "the versions are the build's own: " + notices);
        assertTrue(notices.contains("Eclipse LSP4J (org.eclipse.lsp4j, org.eclipse.lsp4j.jsonrpc) 0.23.1\n"
                + "                                          EPL-2.0 "), notices);
        assertTrue(notices.contains("Gson 2.11.0 (via LSP4J)"), notices);
        if (PythonFrontEnd.backend().startsWith("native")) {
            // the parser this build compiled travels inside the jar; lib/ needs nothing beside it
            try (ZipFile jar = new ZipFile(install.resolve("lib/loclint.jar").toFile())) {
                assertTrue(jar.stream().map(ZipEntry::getName).anyMatch(
                        name -> name.startsWith("io/loclint/grammar/python/native/") && name.endsWith(".so")));
            }
        }
        // the zip holds the same files under the same folder
        List<String> zipped = new ArrayList<>();
        try (ZipFile zip = new ZipFile(Path.of(DIST_DIR).resolve("loclint-" + VERSION + ".zip").toFile())) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> zipped.add(e.getName()));
        }
        Collections.sort(zipped);
        assertEquals(files(install).stream().map(f -> "loclint-" + VERSION + "/" + f).toList(), zipped);
    }

    @Test
    void versionThroughALinkOnPathIsTheRelease() throws IOException, InterruptedException {
        Result version = run(temp, environment(), "sh", "-c", "loclint --version");
        assertEquals("loclint " + VERSION + "\npython parser: " + PythonFrontEnd.backend() + "\n", version.out());
        assertEquals("", version.err());
        assertEquals(0, version.exitCode());
    }

    @Test
    void aCheckRunsAndMakesTheClassArchiveInTheUserCacheNotInTheInstall() throws IOException, InterruptedException {
        Path location = copy(ROOT.resolve("testdata/template-code-location"), temp.resolve("location"));
        List<String> before = files(install);
        List<String> locationBefore = files(location);
        String expected = """
                pyproject.toml:3:1: note NAM004 code location package 'template_code_location' is a placeholder\
                 name, not named after the domain it serves
                pyproject.toml:19:1: warning DEP001 Git dependency 'data-processing' follows branch 'develop', so\
                 the code location can change without a commit of its own
                pyproject.toml:20:1: warning DEP001 Git dependency 'dataframe-level-anonymisation' follows branch\
                 'develop', so the code location can change without a commit of its own
                pyproject.toml:21:1: warning DEP001 Git dependency 'field-level-pseudo-anonymisation' follows branch\
                 'develop', so the code location can change without a commit of its own
                Found 4 problems (0 errors, 3 warnings, 1 note) in 9 files.
                """;
        for (int attempt = 1; attempt <= 2; attempt++) {
            // the first run writes the archive, the second starts with it; both must report the same
            Result check = run(location, environment(), "sh", "-c", "loclint check");
            assertEquals(expected, check.out(), "run " + attempt);
            assertEquals("", check.err(), "run " + attempt);
            assertEquals(0, check.exitCode(), "run " + attempt);
            List<String> archives = files(home.resolve(".cache/loclint/cds"));
            assertEquals(1, archives.size(), archives.toString());
            assertTrue(archives.get(0).matches("loclint-[0-9]+\\.jsa"), archives.toString());
        }
        assertEquals(before, files(install), "nothing is written into the install");
        assertEquals(locationBefore, files(location), "nothing is written into the checked tree");
    }

    /** The bundled language server answers an editor over stdio, and ends when the editor says exit. */
    @Test
    void theServerAnswersAnEditorAndEndsOnExit() throws IOException, InterruptedException {
        Path location = copy(ROOT.resolve("testdata/template-code-location"), temp.resolve("served"));
        StringBuilder messages = new StringBuilder();
        for (String json : List.of(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}")) {
            messages.append("Content-Length: ").append(json.getBytes(StandardCharsets.UTF_8).length)
                    .append("\r\n\r\n").append(json);
        }
        Path input = Files.writeString(temp.resolve("editor-messages"), messages);
        Result served = run(location, environment(), "sh", "-c", "loclint server < '" + input + "'");
        assertEquals("", served.err());
        assertEquals(0, served.exitCode());
        assertTrue(served.out().contains("\"serverInfo\":{\"name\":\"loclint\",\"version\":\"" + VERSION + "\"}"),
                served.out());
        assertTrue(served.out().endsWith("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":null}"), served.out());
    }

    /** Without Java 17 the launcher says what it needs, instead of a JVM's class-version stack trace. */
    @Test
    void withoutJava17TheLauncherSaysWhatItNeeds() throws IOException, InterruptedException {
        Path old = Files.createDirectories(temp.resolve("jdk-11/bin"));
        Path oldJava = Files.writeString(old.resolve("java"), "#!/bin/sh\necho started >&2\nexit 9\n");
        oldJava.toFile().setExecutable(true);
        Files.writeString(old.resolveSibling("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"11.0.21\"\n");
        Map<String, String> environment = environment();
        environment.put("JAVA_HOME", old.getParent().toString());
        Result tooOld = run(temp, environment, "sh", "-c", "loclint --version");
        assertEquals(new Result(3, "", "loclint: needs Java 17 or newer, but " + oldJava + " is Java 11.0.21;"
                + " install a newer one, or set JAVA_HOME to it\n"), tooOld);

        // no JAVA_HOME and no java on PATH: only what the launcher itself uses
        Path tools = Files.createDirectories(temp.resolve("tools"));
        for (String tool : List.of("bash", "dirname", "readlink")) {
            Files.createSymbolicLink(tools.resolve(tool), Path.of("/bin", tool).toRealPath());
        }
        environment.remove("JAVA_HOME");
        environment.put("PATH", onPath + ":" + tools);
        Result none = run(temp, environment, onPath.resolve("loclint").toString(), "--version");
        assertEquals(new Result(3, "", "loclint: no Java found: install Java 17 or newer, or set JAVA_HOME\n"), none);
    }

    /**
     * A hook installed by a release calls the release's launcher; once that install is gone, the push is blocked
     * saying loclint is missing and how to install it again.
     */
    @Test
    void theHookOfAReleaseCallsItsLauncherAndSaysWhenItIsGone() throws IOException, InterruptedException {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        assertEquals(0, run(elsewhere, Map.of(), "tar", "-xzf",
                Path.of(DIST_DIR).resolve("loclint-" + VERSION + ".tar.gz").toAbsolutePath().toString()).exitCode());
        Path launcher = elsewhere.resolve("loclint-" + VERSION + "/bin/loclint").toRealPath();
        Path repo = GitRepos.init(temp.resolve("repo"));
        GitRepos.git(temp, "init", "-q", "--bare", temp.resolve("remote.git").toString());
        GitRepos.git(repo, "remote", "add", "origin", temp.resolve("remote.git").toString());
        copy(ROOT.resolve("testdata/template-code-location"), repo.resolve("location"));
        GitRepos.commitAll(repo, "a location");

        Result installed = run(repo, environment(), launcher.toString(), "install-hook");
        assertEquals("installed " + repo.resolve(".git/hooks/pre-push") + "\n", installed.out(), installed.err());
        String hook = Files.readString(repo.resolve(".git/hooks/pre-push"));
        assertTrue(hook.contains("loclint() {\n  '" + launcher + "' \"$@\"\n}\n"), hook);

        deleteTree(elsewhere);
        GitRepos.Result blocked = GitRepos.run(repo, "git", "push", "-q", "origin", "main");
        assertEquals("loclint: push blocked: loclint itself is missing, not your code: " + launcher + " does not"
                + " exist. Install a loclint release again (see its README) and run 'loclint install-hook' in this"
                + " repository; or push with --no-verify to skip\n"
                + "error: failed to push some refs to '" + temp.resolve("remote.git") + "'\n", blocked.out());
        assertEquals(1, blocked.exitCode());
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The README's install lines use this archive: its name for the release, its folder and its launcher. */
    @Test
    void theReadmeInstallsThisArchive() throws IOException {
        String release = VERSION.replace("-SNAPSHOT", "");
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertTrue(readme.contains("/v" + release + "/loclint-" + release + ".tar.gz | tar -xz -C ~/.local/opt\n"),
                "README downloads the release archive");
        assertTrue(readme.contains("ln -sf ~/.local/opt/loclint-" + release + "/bin/loclint ~/.local/bin/loclint"),
                "README links the archive's launcher onto PATH");
    }

    /** PATH with only the folder holding the link, this JVM's Java by JAVA_HOME, and a HOME of the test's own. */
    private static Map<String, String> environment() {
        Map<String, String> environment = new TreeMap<>();
        environment.put("PATH", onPath + ":/usr/bin:/bin");
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("HOME", home.toString());
        return environment;
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    private static Path copy(Path from, Path to) {
        GitRepos.copyTree(from, to);
        return to;
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(Path directory, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        if (!environment.isEmpty()) {
            builder.environment().clear();
            builder.environment().putAll(environment);
        }
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), String.join(" ", command) + " did not finish");
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}

package io.loclint.cli;

import io.loclint.cli.gitea.Json;
import io.loclint.engine.testing.FixtureAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workflow users copy, docs/gitea/loclint.yaml: works outside loclint's checkout (a pinned release on a JRE, no
 * Maven), full history, the built-in token, {@code loclint gitea}; and its install step, run against a release folder
 * of the test's own. WorkflowLintTest checks it, and loclint's own workflows, with actionlint.
 */
class GiteaWorkflowTest {
    private static final Path ROOT = FixtureAssert.testdata().getParent();
    private static final Path WORKFLOW = ROOT.resolve("docs/gitea/loclint.yaml");

    @TempDir
    Path temp;

    @Test
    void workflowInstallsAPinnedReleaseOnAJavaRuntimeAndRunsLoclintGitea() throws IOException {
        String text = Files.readString(WORKFLOW);
        Object doc = load(text);
        // SnakeYAML reads YAML 1.1, where a bare `on` key is the boolean true; Gitea's parser (YAML 1.2) reads "on"
        Map<?, ?> top = (Map<?, ?>) doc;
        Object on = top.containsKey("on") ? top.get("on") : top.get(Boolean.TRUE);
        assertNotNull(Json.at(on, "pull_request"));
        assertEquals(readmeRelease(), Json.at(doc, "env", "LOCLINT_VERSION").toString(),
                "the workflow installs the release the README's install lines do");
        List<?> steps = (List<?>) Json.at(doc, "jobs", "loclint", "steps");
        assertEquals(4, steps.size());
        Map<?, ?> checkout = (Map<?, ?>) steps.get(0);
        assertTrue(((String) checkout.get("uses")).startsWith("actions/checkout@"));
        assertEquals(0, ((Map<?, ?>) checkout.get("with")).get("fetch-depth"));
        Map<?, ?> java = (Map<?, ?>) steps.get(1);
        assertTrue(((String) java.get("uses")).startsWith("actions/setup-java@"));
        assertEquals(Map.of("distribution", "temurin", "java-package", "jre", "java-version", "17"), java.get("with"),
                "a Java runtime and nothing else: no cache: maven, which fails without a pom.xml");
        assertTrue(((String) ((Map<?, ?>) steps.get(2)).get("run")).contains("sha256sum --check"));
        Map<?, ?> run = (Map<?, ?>) steps.get(3);
        assertTrue(((String) run.get("run")).startsWith("loclint gitea "));
        assertEquals("${{ secrets.GITEA_TOKEN }}", ((Map<?, ?>) run.get("env")).get("GITEA_TOKEN"));
        for (String onlyInLoclintsCheckout : List.of("./loclint", "mvn", "pom.xml", "cache:")) {
            assertFalse(text.contains(onlyInLoclintsCheckout), onlyInLoclintsCheckout);
        }
    }

    /** The install step as the runner runs it (bash -e -o pipefail), with curl reading a release folder here. */
    @Test
    void theInstallStepPutsTheReleaseOnPathOnlyWhenItsChecksumMatches() throws IOException {
        String version = readmeRelease();
        Path releases = temp.resolve("releases");
        Path archive = fakeRelease(releases, version);
        String sum = sha256(archive);
        Files.writeString(Path.of(archive + ".sha256"), sum + "  " + archive.getFileName() + "\n");

        Path runner = Files.createDirectories(temp.resolve("runner"));
        GitRepos.Result installed = install(runner, releases, "");
        assertEquals(new GitRepos.Result(0, archive.getFileName() + ": OK\n"), installed);
        Path bin = runner.resolve("loclint-" + version + "/bin");
        assertEquals(bin + "\n", Files.readString(runner.resolve("github-path")));
        assertTrue(Files.isExecutable(bin.resolve("loclint")));

        // a pinned sum wins over the release's own file: a replaced archive with a matching .sha256 is refused
        Path pinnedRunner = Files.createDirectories(temp.resolve("pinned"));
        GitRepos.Result refused = install(pinnedRunner, releases, "0".repeat(64));
        assertEquals(new GitRepos.Result(1, archive.getFileName() + ": FAILED\n"
                + "sha256sum: WARNING: 1 computed checksum did NOT match\n"), refused);
        assertFalse(Files.exists(pinnedRunner.resolve("github-path")), "nothing is put on PATH");

        GitRepos.Result pinned = install(pinnedRunner, releases, sum);
        assertEquals(new GitRepos.Result(0, archive.getFileName() + ": OK\n"), pinned);
    }

    private GitRepos.Result install(Path runner, Path releases, String pinnedSum) throws IOException {
        Map<?, ?> doc = (Map<?, ?>) load(Files.readString(WORKFLOW));
        List<?> steps = (List<?>) Json.at(doc, "jobs", "loclint", "steps");
        String script = (String) ((Map<?, ?>) steps.get(2)).get("run");
        Map<?, ?> env = (Map<?, ?>) doc.get("env");
        Path file = Files.writeString(runner.resolve("install.sh"), "export LOCLINT_VERSION='"
                + env.get("LOCLINT_VERSION") + "' LOCLINT_SHA256='" + pinnedSum + "' LOCLINT_RELEASES='file://"
                + releases + "' RUNNER_TEMP='" + runner + "' GITHUB_PATH='" + runner.resolve("github-path") + "'\n"
                + script);
        // the shell Gitea's runner (like GitHub's) runs a step's script with
        return GitRepos.run(runner, "bash", "--noprofile", "--norc", "-e", "-o", "pipefail", file.toString());
    }

    /** A release folder as the README's URL lays it out: vVERSION/loclint-VERSION.tar.gz with bin/loclint inside. */
    private Path fakeRelease(Path releases, String version) throws IOException {
        Path content = Files.createDirectories(temp.resolve("content/loclint-" + version + "/bin"));
        Path launcher = Files.writeString(content.resolve("loclint"), "#!/bin/sh\necho loclint " + version + "\n");
        assertTrue(launcher.toFile().setExecutable(true));
        Path archive = Files.createDirectories(releases.resolve("v" + version)).resolve("loclint-" + version + ".tar.gz");
        assertEquals(0, GitRepos.run(temp.resolve("content"), "tar", "-czf", archive.toString(),
                "loclint-" + version).exitCode());
        return archive;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** The release the README's install lines download (DistributionArchiveIT ties it to the build's version). */
    private static String readmeRelease() throws IOException {
        Matcher release = Pattern.compile("releases/download/v([0-9]+\\.[0-9]+\\.[0-9]+)/loclint-\\1\\.tar\\.gz")
                .matcher(Files.readString(ROOT.resolve("README.md")));
        assertTrue(release.find(), "README's install lines download a release");
        return release.group(1);
    }

    private static Object load(String yaml) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }
}

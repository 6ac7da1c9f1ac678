package io.loclint.cli;

import io.loclint.grammar.python.PythonFrontEnd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The image docker/Dockerfile makes from the release archive, built and run as the README says: a repository
 * mounted at /src, loclint as the entry point, a user that is not root. Runs in the integration-test phase, after
 * the archive exists, and only where a container engine answers; elsewhere it is skipped with the reason.
 */
class ContainerImageIT {
    private static final String VERSION = System.getProperty("loclint.version");
    private static final String DIST_DIR = System.getProperty("loclint.dist.dir");
    private static final Path ROOT = Path.of(System.getProperty("loclint.root.dir", ".."));
    /** Unique per run, so parallel builds on one engine never share or delete each other's image. */
    private static String image;

    @TempDir
    static Path temp;
    /** Why the image cannot be built here, or null when a container engine answers. */
    private static String noEngine;
    private static boolean built;

    @BeforeAll
    static void buildTheImage() throws IOException, InterruptedException {
        assumeTrue(DIST_DIR != null, "the image is built from the archive in the integration-test phase, after package");
        image = "loclint-it:" + VERSION.toLowerCase(Locale.ROOT) + "-" + ProcessHandle.current().pid();
        noEngine = engineMissing();
        if (noEngine != null) {
            return;
        }
        // the repository root with its .dockerignore is the context, as in the README and the release workflow
        Result build = run(TimeUnit.MINUTES.toSeconds(15), "docker", "build", "-f",
                ROOT.resolve("docker/Dockerfile").toString(), "-t", image, ROOT.toString());
        assertEquals(0, build.exitCode(), build.output());
        built = true;
    }

    private static String engineMissing() throws InterruptedException {
        try {
            Result engine = run(TimeUnit.MINUTES.toSeconds(1), "docker", "version", "--format", "{{.Server.Version}}");
            return engine.exitCode() == 0 ? null : "no working container engine, so the image is not built:"
                    + " `docker version` exits " + engine.exitCode() + ": " + engine.output().strip();
        } catch (IOException notInstalled) {
            return "no container engine, so the image is not built: the docker command is not installed";
        }
    }

    /** Each test is reported skipped with the reason, rather than the class vanishing from the counts. */
    @BeforeEach
    void needsAnEngine() {
        assumeTrue(noEngine == null, noEngine);
    }

    @AfterAll
    static void removeTheImage() throws IOException, InterruptedException {
        if (built) {
            run(TimeUnit.MINUTES.toSeconds(1), "docker", "image", "rm", "-f", image);
        }
    }

    @Test
    void versionIsTheRelease() throws IOException, InterruptedException {
        Result version = run(TimeUnit.MINUTES.toSeconds(2), "docker", "run", "--rm", image, "--version");
        assertEquals(new Result(0, "loclint " + VERSION + "\npython parser: " + PythonFrontEnd.backend() + "\n"),
                version);
    }

    @Test
    void runsAsAUserThatIsNotRoot() throws IOException, InterruptedException {
        Result id = run(TimeUnit.MINUTES.toSeconds(2), "docker", "run", "--rm", "--entrypoint", "id", image, "-u");
        assertEquals(new Result(0, "10001\n"), id);
    }

    /** The README's {@code docker run --rm -v "$PWD:/src" image}: the default command checks the mounted folder. */
    @Test
    void checksTheMountedFolderAndWritesNothingIntoIt() throws IOException, InterruptedException {
        Path location = copyOfTheTemplate("location");
        List<String> before = files(location);
        Result check = run(TimeUnit.MINUTES.toSeconds(2), "docker", "run", "--rm", "-v", location + ":/src", image);
        assertEquals(new Result(0, DistributionArchiveIT.TEMPLATE_REPORT), check);
        Result failing = run(TimeUnit.MINUTES.toSeconds(2), "docker", "run", "--rm", "-v", location + ":/src", image,
                "check", "--fail-on", "warning");
        assertEquals(new Result(1, DistributionArchiveIT.TEMPLATE_REPORT), failing);
        assertEquals(before, files(location), "nothing is written into the checked tree");
    }

    /** {@code --user "$(id -u):$(id -g)"}, for a checkout only its owner may read: the same report. */
    @Test
    void checksAsAnyUser() throws IOException, InterruptedException {
        Path location = copyOfTheTemplate("as-any-user");
        Result check = run(TimeUnit.MINUTES.toSeconds(2), "docker", "run", "--rm", "--user", "4242:4242", "-v",
                location + ":/src", image, "check");
        assertEquals(new Result(0, DistributionArchiveIT.TEMPLATE_REPORT), check);
    }

    private static Path copyOfTheTemplate(String name) {
        Path location = temp.resolve(name);
        GitRepos.copyTree(ROOT.resolve("testdata/template-code-location"), location);
        return location;
    }

    private static List<String> files(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            return walk.map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    /** Exit code and stdout with stderr merged: an engine's complaints belong in the failure message. */
    private record Result(int exitCode, String output) {
    }

    private static Result run(long timeoutSeconds, String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile(temp, "docker", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}

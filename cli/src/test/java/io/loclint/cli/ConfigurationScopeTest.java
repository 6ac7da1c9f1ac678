package io.loclint.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.loclint.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Configuration and scope follow the file, not the folder loclint runs from: a repository with two code locations,
 * each with its own configuration, checked from the repository root as the hooks and {@code loclint gitea} do.
 */
class ConfigurationScopeTest {
    @TempDir
    Path temp;
    Path repository;

    @BeforeEach
    void twoLocations() throws IOException {
        repository = temp.resolve("checkout");
        Files.createDirectories(repository.resolve(".git"));
        location("locations/a", "billing", "invoice", "refund", "[tool.loclint]\nignore = [\"DEF003\"]\n");
        location("locations/b", "shipping", "parcel", "return", "");
    }

    /**
     * A location whose entry point registers one job, with an unregistered job (DEF002, found through the entry
     * point in another file) and an op no job uses (DEF003, found through the jobs in another file).
     */
    private void location(String folder, String pkg, String registered, String unregistered, String config)
            throws IOException {
        write(folder + "/pyproject.toml", "[project]\nname = \"" + pkg + "\"\ndependencies = [\"dagster\"]\n\n" + config);
        write(folder + "/" + pkg + "/__init__.py", "");
        write(folder + "/" + pkg + "/definitions.py", "from dagster import Definitions\n\nfrom " + pkg + ".jobs import "
                + registered + "_job\n\ndefs = Definitions(jobs=[" + registered + "_job])\n");
        write(folder + "/" + pkg + "/ops.py", "from dagster import op\n\n\n@op\ndef send_" + registered
                + "s():\n    pass\n\n\n@op\ndef archive_" + registered + "s():\n    kept = []\n    return kept\n");
        write(folder + "/" + pkg + "/jobs.py", "from dagster import job\n\nfrom " + pkg + ".ops import send_"
                + registered + "s\n\n\n@job\ndef " + registered + "_job():\n    send_" + registered + "s()\n\n\n@job\ndef "
                + unregistered + "_job():\n    send_" + registered + "s()\n");
    }

    private void write(String relative, String text) throws IOException {
        Path file = repository.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /**
     * The finding lines of a text report: path, position, severity, code. The checkout lies outside the current
     * folder, so its paths are printed absolute; they are given here relative to the checkout.
     */
    private List<String> findings(CliTest.Run run) {
        String checkout = repository.toAbsolutePath().normalize() + "/";
        return run.out().lines().filter(l -> l.contains(": ") && !l.startsWith("Found "))
                .map(l -> String.join(" ", List.of(l.split(" ")).subList(0, 3)))
                .map(l -> l.startsWith(checkout) ? l.substring(checkout.length()) : "not absolute: " + l).toList();
    }

    @Test
    void aRootRunHonoursEachLocationsOwnConfiguration() throws IOException {
        write("locations/b/pyproject.toml", "[project]\nname = \"shipping\"\ndependencies = [\"dagster\"]\n\n"
                + "[tool.loclint]\nselect = [\"DEF\", \"SOC\"]\n[tool.loclint.severity]\nDEF002 = \"warning\"\n"
                + "[tool.loclint.options]\nop-max-statements = 1\n");
        CliTest.Run run = run("check", repository.toString());
        assertEquals(List.of(
                "locations/a/billing/jobs.py:7:5: note TST002",
                "locations/a/billing/jobs.py:12:5: note DEF002",
                "locations/b/shipping/jobs.py:12:5: warning DEF002",
                "locations/b/shipping/ops.py:10:5: warning DEF003",
                "locations/b/shipping/ops.py:10:5: note SOC002"), findings(run), run.out());
        assertEquals(0, run.exitCode(), "no error, and the root has no fail-on of its own");
    }

    @Test
    void failOnComesFromTheRunsRootNotFromALocation() throws IOException {
        write("loclint.toml", "fail-on = \"warning\"\n");
        write("locations/b/loclint.toml", "fail-on = \"never\"\n");
        CliTest.Run run = run("check", repository.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertEquals("locations/b/shipping/ops.py:10:5: warning DEF003", findings(run).get(4), run.out());
        assertEquals(0, run("check", repository.resolve("locations/b").toString()).exitCode(),
                "run from the location, its own fail-on applies");
    }

    @Test
    void perFileIgnoresAreRelativeToTheirOwnConfiguration() throws IOException {
        write("locations/b/loclint.toml", "[per-file-ignores]\n\"shipping/jobs.py\" = [\"DEF002\", \"TST002\"]\n");
        write("locations/a/pyproject.toml", "[project]\nname = \"billing\"\ndependencies = [\"dagster\"]\n\n"
                + "[tool.loclint]\nignore = [\"DEF003\"]\n"
                + "[tool.loclint.per-file-ignores]\n\"locations/a/billing/jobs.py\" = [\"DEF002\"]\n");
        CliTest.Run run = run("check", repository.toString());
        assertEquals(List.of(
                "locations/a/billing/jobs.py:7:5: note TST002",
                "locations/a/billing/jobs.py:12:5: note DEF002",
                "locations/b/shipping/ops.py:10:5: warning DEF003"), findings(run), run.out());
    }

    @Test
    void checkingOneFileAnalysesItsWholeLocationAndReportsThatFile() {
        CliTest.Run jobs = run("check", repository.resolve("locations/b/shipping/jobs.py").toString());
        assertEquals(List.of("locations/b/shipping/jobs.py:7:5: note TST002",
                        "locations/b/shipping/jobs.py:12:5: note DEF002"),
                findings(jobs), jobs.out());
        CliTest.Run ops = run("check", repository.resolve("locations/b/shipping/ops.py").toString());
        assertEquals(List.of("locations/b/shipping/ops.py:10:5: warning DEF003"), findings(ops),
                "send_parcels is used in jobs.py; archive_parcels is not:\n" + ops.out());
        CliTest.Run folder = run("check", repository.resolve("locations/a/billing").toString());
        assertEquals(List.of("locations/a/billing/jobs.py:7:5: note TST002",
                        "locations/a/billing/jobs.py:12:5: note DEF002"),
                findings(folder), folder.out());
    }

    @Test
    void theClimbStopsAtTheRepositoryRoot() throws IOException {
        Files.writeString(temp.resolve("loclint.toml"), "select = [\"NAM\"]\nfail-on = \"note\"\n");
        CliTest.Run run = run("check", repository.toString());
        assertEquals(5, findings(run).size(), run.out());
        assertEquals(0, run.exitCode(), "fail-on above the repository is not read either");
        write("loclint.toml", "select = [\"NAM\"]\n");
        CliTest.Run own = run("check", repository.toString());
        assertEquals(List.of("locations/a/billing/jobs.py:7:5: note TST002",
                "locations/a/billing/jobs.py:12:5: note DEF002"), findings(own),
                "the repository's configuration applies where no nearer one does:\n" + own.out());
    }
}

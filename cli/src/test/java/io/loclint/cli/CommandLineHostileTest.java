package io.loclint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile paths, names and files around a check: what the command line names and where the reports go. */
class CommandLineHostileTest {
    static final String JOB = "pkg/__init__.py:2:11: error NAM001";

    /** A code location with one finding (NAM001 in pkg/__init__.py). */
    static Path location(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(dir.resolve("pyproject.toml"), "[project]\nname = \"loc\"\ndependencies = [\"dagster\"]\n");
        Files.writeString(dir.resolve("pkg/__init__.py"), "from dagster import Definitions, job\n"
                + "@job(name=\"BadJob\")\ndef bad():\n    pass\ndefs = Definitions(jobs=[bad])\n");
        return dir;
    }

    @Test
    void aLinkedFileIsNeverReadNamedOrNotAndALinkedRootFolderIsChecked(@TempDir Path temp) throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("passwd"), "root:x:0:0:SECRETHASH:/root:/bin/bash\n"
                + "AWS_SECRET_ACCESS_KEY = \"wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY\"\n");
        Files.writeString(outside.resolve("config.toml"), "this is not toml SECRETHASH\n");
        Path loc = location(temp.resolve("loc"));
        Files.createSymbolicLink(loc.resolve("pkg/passwd.py"), outside.resolve("passwd"));
        Files.createSymbolicLink(loc.resolve("Dockerfile"), outside.resolve("passwd"));
        Files.createSymbolicLink(loc.resolve("loclint.toml"), outside.resolve("config.toml"));

        for (String named : List.of("pkg/passwd.py", "Dockerfile")) {
            CliTest.Run run = CliTest.run("check", "--format", "json", loc.resolve(named).toString());
            assertEquals(0, run.exitCode(), run.out() + run.err());
            assertFalse((run.out() + run.err()).contains("SECRETHASH"), run.out() + run.err());
            assertFalse((run.out() + run.err()).contains("wJal"), run.out() + run.err());
        }
        // outside any code location the named file is all there is to check: the note says why nothing was
        Path bare = Files.createDirectories(temp.resolve("bare"));
        Files.createSymbolicLink(bare.resolve("x.py"), outside.resolve("passwd"));
        CliTest.Run alone = CliTest.run("check", bare.resolve("x.py").toString());
        assertEquals(0, alone.exitCode(), alone.out() + alone.err());
        assertFalse((alone.out() + alone.err()).contains("SECRETHASH"), alone.out() + alone.err());
        assertTrue(alone.err().contains("x.py: skipped: a symbolic link is never followed"), alone.err());

        Path linkedRoot = Files.createSymbolicLink(temp.resolve("linked"), loc);
        for (Path root : List.of(loc, linkedRoot)) {
            CliTest.Run run = CliTest.run("check", root.toString());
            assertEquals(1, run.exitCode(), run.out() + run.err());
            assertTrue(run.out().contains(JOB), run.out());
            assertFalse((run.out() + run.err()).contains("SECRETHASH"), run.out() + run.err());
            assertFalse((run.out() + run.err()).contains("wJal"), run.out() + run.err());
        }
    }
}

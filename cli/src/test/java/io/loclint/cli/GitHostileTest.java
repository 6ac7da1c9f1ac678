package io.loclint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A repository whose committed files and own configuration work against the check. */
class GitHostileTest {
    private static final String LEAK = "loc/src/pkg/__init__.py:3:25: error SEC001";

    /** A code location whose only module holds a credential SEC001 reports. */
    private static Path repository(Path temp) throws IOException {
        Path repo = GitRepos.init(temp.resolve("repo"));
        Files.createDirectories(repo.resolve("loc/src/pkg"));
        Files.writeString(repo.resolve("loc/pyproject.toml"),
                "[project]\nname = \"loc\"\ndependencies = [\"dagster\"]\n");
        Files.writeString(repo.resolve("loc/src/pkg/__init__.py"), "from dagster import Definitions\n"
                + "defs = Definitions()\n"
                + "AWS_SECRET_ACCESS_KEY = \"wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY\"\n");
        return repo;
    }

    @Test
    void committedAttributesAndIgnoreRulesHideNothingFromRev(@TempDir Path temp) throws IOException {
        Path repo = repository(temp);
        Files.writeString(repo.resolve(".gitattributes"), "loc/** export-ignore\n* export-subst\n");
        Files.writeString(repo.resolve(".gitignore"), "*\n");
        Files.writeString(repo.resolve("loc/src/.gitignore"), "*\n");
        GitRepos.git(repo, "add", "-f", "-A");
        GitRepos.git(repo, "commit", "-q", "-m", "hide everything");
        // the attack works on git archive: it exports no file of the location
        String archived = GitRepos.git(repo, "archive", "--format=tar", "HEAD");
        assertFalse(archived.contains("AWS_SECRET_ACCESS_KEY"));

        CliTest.Run rev = CliTest.run("check", "--rev", "HEAD", repo.toString());
        assertEquals(1, rev.exitCode(), rev.out() + rev.err());
        assertTrue(rev.out().contains(LEAK), rev.out());
        CliTest.Run workTree = CliTest.run("check", repo.toString());
        assertEquals(1, workTree.exitCode(), workTree.out() + workTree.err());
        assertTrue(workTree.out().contains(LEAK), workTree.out());
    }

    @Test
    void aSplitIndexStillTellsWhichFilesAreTracked(@TempDir Path temp) throws IOException {
        Path repo = repository(temp);
        Files.writeString(repo.resolve(".gitignore"), "*\n");
        GitRepos.git(repo, "add", "-f", "-A");
        GitRepos.git(repo, "commit", "-q", "-m", "ignore everything");
        // most entries now live in .git/sharedindex.<id>; .git/index holds only what changes after this
        GitRepos.git(repo, "update-index", "--split-index");
        Files.writeString(repo.resolve("loc/src/pkg/later.py"), "X = 1\n");
        GitRepos.git(repo, "add", "-f", "loc/src/pkg/later.py");
        CliTest.Run run = CliTest.run("check", repo.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(LEAK), run.out());
        assertTrue(run.out().contains("in 3 files"), run.out());
    }

    /** The plain check reads .git itself: a pipe there must not hold the run. */
    @Test
    void aGitFolderOfPipesBlocksNothing(@TempDir Path temp) throws Exception {
        Path repo = repository(temp);
        GitRepos.commitAll(repo, "a location");
        Files.delete(repo.resolve(".git/index"));
        CommandLineHostileTest.fifo(repo.resolve(".git/index"));
        Path linked = CommandLineHostileTest.location(temp.resolve("linked"));
        CommandLineHostileTest.fifo(linked.resolve(".git"));
        for (Path checked : List.of(repo, linked)) {
            // ignoring the module makes discovery ask the index whether it is tracked
            Files.writeString(checked.resolve(".gitignore"), "*.py\n");
            CliTest.Run run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(60), () -> CliTest.run("check", checked.toString()));
            assertEquals(0, run.exitCode(), run.out() + run.err());
        }
    }

    @Test
    void theRepositorysConfigurationStartsNoProgramAndTheIndexIsNotWritten(@TempDir Path temp) throws IOException {
        Path repo = repository(temp);
        Path ran = temp.resolve("ran");
        Path program = temp.resolve("hostile.sh");
        // a filter must still pass the content through, or the commit below would hold nothing
        Files.writeString(program, "#!/bin/sh\necho \"$0 $*\" >> '" + ran + "'\ncat\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(repo.resolve(".gitattributes"), "* filter=evil diff=evil\n");
        GitRepos.commitAll(repo, "a location");
        GitRepos.git(repo, "config", "core.fsmonitor", program.toString());
        GitRepos.git(repo, "config", "filter.evil.clean", program.toString());
        GitRepos.git(repo, "config", "filter.evil.smudge", program.toString());
        GitRepos.git(repo, "config", "filter.evil.required", "true");
        GitRepos.git(repo, "config", "diff.evil.textconv", program.toString());
        // the same size with a new timestamp: Git must hash the file to know, which runs the clean filter
        Path module = repo.resolve("loc/src/pkg/__init__.py");
        Files.setLastModifiedTime(module, FileTime.from(Instant.now().plusSeconds(5)));
        // the attack works on git itself
        GitRepos.git(repo, "diff", "--name-only", "HEAD");
        assertTrue(Files.exists(ran), "the hostile configuration does not run with plain git");
        Files.delete(ran);
        Files.setLastModifiedTime(module, FileTime.from(Instant.now().plusSeconds(10)));
        byte[] index = Files.readAllBytes(repo.resolve(".git/index"));

        CliTest.Run changed = CliTest.run("check", "--changed-since", "HEAD", repo.toString());
        CliTest.Run rev = CliTest.run("check", "--rev", "HEAD", "--changed-since", "HEAD~0", repo.toString());
        CliTest.Run whole = CliTest.run("check", "--rev", "HEAD", repo.toString());

        assertFalse(Files.exists(ran), () -> "git ran the repository's program: " + read(ran));
        assertTrue(Arrays.equals(index, Files.readAllBytes(repo.resolve(".git/index"))), ".git/index was written");
        for (CliTest.Run run : List.of(changed, rev, whole)) {
            assertTrue(run.exitCode() <= 1, run.out() + run.err());
        }
        // a new timestamp on the same bytes is no change
        assertEquals(0, changed.exitCode(), changed.out() + changed.err());
        assertTrue(whole.out().contains(LEAK), whole.out());
    }

    @Test
    void aWorkTreeFileIsChangedWhenItsBytesAre(@TempDir Path temp) throws IOException {
        Path repo = repository(temp);
        GitRepos.commitAll(repo, "a location");
        Path module = repo.resolve("loc/src/pkg/__init__.py");
        // same size, other bytes, and the timestamp the index holds: only the content tells
        FileTime stamp = Files.getLastModifiedTime(module);
        Files.writeString(module, Files.readString(module).replace("EXAMPLEKEY", "EXAMPLEKEZ"));
        Files.setLastModifiedTime(module, FileTime.from(stamp.toInstant().plusSeconds(1)));
        CliTest.Run changed = CliTest.run("check", "--changed-since", "HEAD", repo.toString());
        assertEquals(1, changed.exitCode(), changed.out() + changed.err());
        assertTrue(changed.out().contains(LEAK), changed.out());
    }

    @Test
    void revExportsNothingOutsideItsFolderAndNoLink(@TempDir Path temp) throws IOException {
        Path repo = repository(temp);
        Files.createSymbolicLink(repo.resolve("loc/src/pkg/passwd.py"), Path.of("/etc/passwd"));
        GitRepos.commitAll(repo, "a link");
        CliTest.Run rev = CliTest.run("check", "--rev", "HEAD", "--format", "json", repo.toString());
        assertEquals(1, rev.exitCode(), rev.out() + rev.err());
        assertFalse(rev.out().contains("passwd"), rev.out());
        assertFalse(rev.out().contains("root:"), rev.out());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void aStoppedRevRunLeavesNoCopyOfTheSource(@TempDir Path temp) throws Exception {
        Path repo = repository(temp);
        for (int i = 0; i < 2_000; i++) {
            Files.writeString(repo.resolve("loc/src/pkg/module_" + i + ".py"), "VALUE_" + i + " = " + i + "\n");
        }
        GitRepos.commitAll(repo, "many files");
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        for (String signal : List.of("TERM", "INT")) {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "check", "--rev", "HEAD", repo.toString());
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (exports(tmp).isEmpty() && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(process.isAlive(), "the run ended before it could be stopped");
            assertEquals(1, exports(tmp).size());
            assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor());
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(List.of(), exports(tmp), signal);
        }
    }

    @Test
    void revKeepsFileNamesThatDifferOnlyInBytesThatAreNotUtf8(@TempDir Path temp) throws IOException {
        Path repo = GitRepos.init(temp.resolve("repo"));
        Path loc = CommandLineHostileTest.location(repo.resolve("loc"));
        CommandLineHostileTest.namesThatAreNotUtf8(loc);
        GitRepos.commitAll(repo, "two names");
        CliTest.Run run = CliTest.run("check", "--rev", "HEAD", repo.toString());
        assertTrue(run.out().contains("loc/pkg/jobs_\\xff.py:2:11: error NAM001 job 'FirstJob'"), run.out());
        assertTrue(run.out().contains("loc/pkg/jobs_\\xfe.py:2:11: error NAM001 job 'SecondJob'"), run.out());
    }

    /** A loclint.toml where every user's --rev export lands would switch off every pre-push check. */
    @Test
    void noConfigurationAboveTheRepositoryOrTheRevExportIsRead(@TempDir Path temp) throws Exception {
        String silencing = "select = [\"DEF\"]\nfail-on = \"never\"\n";
        Path repo = repository(temp.resolve("above"));
        GitRepos.commitAll(repo, "a location");
        Files.writeString(temp.resolve("above/loclint.toml"), silencing);
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Files.writeString(tmp.resolve("loclint.toml"), silencing);
        Path out = temp.resolve("out");
        for (List<String> args : List.of(List.of("check", "--rev", "HEAD", repo.toString()),
                List.of("check", repo.toString()))) {
            CliTest.Run run = CommandLineHostileTest.java(temp, out.toFile(), List.of("-Djava.io.tmpdir=" + tmp),
                    args.toArray(String[]::new));
            assertEquals(1, run.exitCode(), args + ": " + run.err());
            assertTrue(Files.readString(out).contains(LEAK), args + ": " + Files.readString(out));
        }
        // the same file inside the repository does silence the check
        Files.writeString(repo.resolve("loclint.toml"), silencing);
        assertEquals(0, CliTest.run("check", repo.toString()).exitCode());
        // outside a repository the checked folder is the limit
        Path bare = temp.resolve("bare");
        GitRepos.copyTree(repo.resolve("loc"), bare.resolve("loc"));
        Files.writeString(bare.resolve("loclint.toml"), silencing);
        CliTest.Run run = CliTest.run("check", bare.resolve("loc").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("src/pkg/__init__.py:3:25: error SEC001"), run.out());
    }

    private static List<Path> exports(Path tmp) throws IOException {
        try (var files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("loclint-rev-")).toList();
        }
    }
}

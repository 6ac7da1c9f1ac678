package io.loclint.cli;

import io.loclint.cli.git.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GitScopeTest {
    private static final String OPS = "naming/src/inventory_sync_service/ops.py";
    private static final String JOBS = "naming/src/inventory_sync_service/jobs.py";

    /** A repository with the naming fixture under naming/, committed on main. */
    private static Path repo(Path temp) {
        Path repo = GitRepos.init(temp.resolve("repo"));
        GitRepos.copyTree(Path.of(CliTest.fixture("naming")), repo.resolve("naming"));
        GitRepos.commitAll(repo, "naming fixture");
        return repo;
    }

    /** The files findings are in, relative to the repository; the repository lies outside the current folder. */
    private static List<String> findingPaths(Path repo, String out) {
        String prefix = repo.toAbsolutePath().normalize() + "/";
        return out.lines().filter(l -> l.matches("^[^ ]+:[0-9]+:[0-9]+: .*")).map(l -> l.substring(0, l.indexOf(':')))
                .map(p -> p.startsWith(prefix) ? p.substring(prefix.length()) : "not absolute: " + p)
                .distinct().toList();
    }

    @Test
    void changedSinceReportsOnlyFindingsInChangedFiles(@TempDir Path temp) throws IOException {
        Path repo = repo(temp);
        CliTest.Run nothing = CliTest.run("check", "--changed-since", "HEAD", repo.toString());
        assertEquals(0, nothing.exitCode(), nothing.out() + nothing.err());
        assertTrue(nothing.out().startsWith("No problems found"), nothing.out());

        Files.writeString(repo.resolve(OPS), "\n# touched\n", java.nio.file.StandardOpenOption.APPEND);
        CliTest.Run changed = CliTest.run("check", "--changed-since", "HEAD", repo.toString());
        assertEquals(1, changed.exitCode(), changed.out() + changed.err());
        assertEquals(List.of(OPS), findingPaths(repo, changed.out()));

        // committed changes count too (REV...HEAD), and so do other files changed in the work tree
        GitRepos.commitAll(repo, "touch ops");
        Files.writeString(repo.resolve(JOBS), "\n# touched\n", java.nio.file.StandardOpenOption.APPEND);
        CliTest.Run both = CliTest.run("check", "--changed-since", "HEAD~1", repo.toString());
        assertEquals(List.of(JOBS, OPS), findingPaths(repo, both.out()));
    }

    @Test
    void changedSinceAnalysesOnlyTheCodeLocationsHoldingAChangedFile(@TempDir Path temp) throws IOException {
        Path repo = GitRepos.init(temp.resolve("repo"));
        GitRepos.copyTree(Path.of(CliTest.fixture("naming")), repo.resolve("one"));
        GitRepos.copyTree(Path.of(CliTest.fixture("naming")), repo.resolve("two"));
        GitRepos.commitAll(repo, "two locations");
        Files.writeString(repo.resolve("two/src/inventory_sync_service/ops.py"), "\n# touched\n",
                java.nio.file.StandardOpenOption.APPEND);

        CliTest.Run whole = CliTest.run("check", "--format", "json", repo.toString());
        CliTest.Run one = CliTest.run("check", "--format", "json", repo.resolve("two").toString());
        CliTest.Run changed = CliTest.run("check", "--format", "json", "--changed-since", "HEAD", repo.toString());
        int wholeFiles = filesChecked(whole.out());
        int oneFiles = filesChecked(one.out());
        assertEquals(2 * oneFiles, wholeFiles, whole.out());
        assertEquals(oneFiles, filesChecked(changed.out()), changed.out());
        assertTrue(changed.out().contains("\"two/src/inventory_sync_service/ops.py\""), changed.out());
        assertFalse(changed.out().contains("\"one/"), changed.out());
    }

    @Test
    void revWithChangedSinceExportsOnlyTheCodeLocationsHoldingAChangedFile(@TempDir Path temp) throws IOException {
        Path repo = GitRepos.init(temp.resolve("repo"));
        GitRepos.copyTree(Path.of(CliTest.fixture("naming")), repo.resolve("one"));
        GitRepos.copyTree(Path.of(CliTest.fixture("naming")), repo.resolve("two"));
        Files.writeString(repo.resolve("README.md"), "monorepo\n");
        GitRepos.commitAll(repo, "two locations");
        Path ops = repo.resolve("two/src/inventory_sync_service/ops.py");
        Files.writeString(ops, Files.readString(ops) + "\n# touched\n");
        GitRepos.commitAll(repo, "touch two");

        CliTest.Run one = CliTest.run("check", "--format", "json", repo.resolve("two").toString());
        CliTest.Run changed = CliTest.run("check", "--format", "json", "--rev", "HEAD", "--changed-since", "HEAD~1",
                repo.toString());
        assertEquals(filesChecked(one.out()), filesChecked(changed.out()), changed.out());
        assertTrue(changed.out().contains("\"two/src/inventory_sync_service/ops.py\""), changed.out());
        assertFalse(changed.out().contains("\"one/"), changed.out());

        // a location left out of the export can still be named: it has nothing to report
        CliTest.Run leftOut = CliTest.run("check", "--format", "json", "--rev", "HEAD", "--changed-since", "HEAD~1",
                repo.resolve("one").toString());
        assertEquals(0, leftOut.exitCode(), leftOut.out() + leftOut.err());
        assertEquals(0, filesChecked(leftOut.out()), leftOut.out());
        CliTest.Run file = CliTest.run("check", "--format", "json", "--rev", "HEAD", "--changed-since", "HEAD~1",
                repo.resolve("one/src/inventory_sync_service/ops.py").toString());
        assertEquals(0, file.exitCode(), file.out() + file.err());
        assertEquals(1, filesChecked(file.out()), file.out());
        CliTest.Run missing = CliTest.run("check", "--rev", "HEAD", "--changed-since", "HEAD~1",
                repo.resolve("three").toString());
        assertEquals(2, missing.exitCode(), missing.err());
    }

    private static int filesChecked(String json) {
        var m = java.util.regex.Pattern.compile("\"filesChecked\": ?(\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void changedFilesIncludeStagedUnstagedAndUntrackedButNotIgnored(@TempDir Path temp) throws IOException {
        Path repo = repo(temp);
        Files.writeString(repo.resolve(".gitignore"), "ignored.py\n");
        GitRepos.commitAll(repo, "ignore");
        Files.writeString(repo.resolve("ignored.py"), "x = 1\n");
        Files.writeString(repo.resolve("untracked.py"), "x = 1\n");
        Files.writeString(repo.resolve("staged.py"), "x = 1\n");
        GitRepos.git(repo, "add", "staged.py");
        Files.writeString(repo.resolve(JOBS), "\n", java.nio.file.StandardOpenOption.APPEND);
        Set<String> changed = Git.locate(repo.resolve("naming")).changedSince("HEAD", null);
        assertEquals(Set.of("untracked.py", "staged.py", JOBS), changed);
    }

    @Test
    void changedSinceOutsideARepositoryOrWithABadRevisionIsAUsageError(@TempDir Path temp) throws IOException {
        Path plain = temp.resolve("plain");
        GitRepos.copyTree(Path.of(CliTest.fixture("naming")), plain);
        CliTest.Run outside = CliTest.run("check", "--changed-since", "main", plain.toString());
        assertEquals(2, outside.exitCode());
        assertEquals(1, outside.err().lines().count(), outside.err());
        assertTrue(outside.err().startsWith("loclint: --changed-since: '"), outside.err());
        assertTrue(outside.err().contains("is not inside a git repository"), outside.err());

        Path repo = repo(temp);
        CliTest.Run badRev = CliTest.run("check", "--changed-since", "no-such-branch", repo.toString());
        assertEquals(2, badRev.exitCode());
        assertTrue(badRev.err().startsWith("loclint: --changed-since: unknown revision 'no-such-branch'"),
                badRev.err());
    }

    @Test
    void revChecksTheCommittedTreeWithRepositoryPathsAndLeavesTheWorkTreeAlone(@TempDir Path temp)
            throws IOException {
        Path repo = repo(temp);
        String bad = GitRepos.git(repo, "rev-parse", "HEAD").strip();
        // fix the work tree without committing: the committed tree still has every finding
        GitRepos.git(repo, "rm", "-q", "-r", "naming");
        GitRepos.copyTree(Path.of(CliTest.fixture("placeholder-names/domain-named")), repo.resolve("clean"));
        GitRepos.commitAll(repo, "replace with a clean location");
        Files.writeString(repo.resolve("clean/untracked.txt"), "x\n");
        String statusBefore = GitRepos.git(repo, "status", "--porcelain", "--ignored");

        CliTest.Run old = CliTest.run("check", "--rev", bad, repo.toString());
        assertEquals(1, old.exitCode(), old.out() + old.err());
        assertTrue(old.out().contains(JOBS + ":12:11: error NAM001"), old.out());
        CliTest.Run head = CliTest.run("check", "--rev", "HEAD", repo.toString());
        assertEquals(0, head.exitCode(), head.out() + head.err());

        // a sub-folder maps into the exported tree (it need only exist in the commit); paths stay repository paths
        CliTest.Run sub = CliTest.run("check", "--rev", bad, repo.resolve("naming").toString());
        assertEquals(1, sub.exitCode(), sub.out() + sub.err());
        assertTrue(sub.out().contains(JOBS + ":12:11: error NAM001"), sub.out());
        CliTest.Run missing = CliTest.run("check", "--rev", "HEAD", repo.resolve("naming").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("loclint: --rev: '" + repo.resolve("naming") + "' does not exist in "),
                missing.err());

        assertEquals(statusBefore, GitRepos.git(repo, "status", "--porcelain", "--ignored"));
        assertFalse(Files.exists(repo.resolve("naming")));
    }

    @Test
    void revCombinesWithChangedSinceAndBaseline(@TempDir Path temp) throws IOException {
        Path repo = repo(temp);
        Path baseline = temp.resolve("baseline.json");
        Files.writeString(repo.resolve(OPS), Files.readString(repo.resolve(OPS)).replace("\"CleanRows\"",
                "\"CleanRowsRenamed\""));
        GitRepos.commitAll(repo, "rename an op");
        // the baseline is written from the first commit's files, at the same root (the repository top)
        Path first = temp.resolve("first");
        GitRepos.copyTree(repo, first);
        GitRepos.git(first, "checkout", "-q", "HEAD~1");
        assertEquals(0, CliTest.run("baseline", "write", baseline.toString(), first.toString()).exitCode());

        CliTest.Run run = CliTest.run("check", "--rev", "HEAD", "--changed-since", "HEAD~1", "--baseline",
                baseline.toString(), repo.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        List<String> lines = run.out().lines().filter(l -> l.startsWith("naming/")).toList();
        assertEquals(1, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith(OPS + ":12:10: error NAM002 op 'CleanRowsRenamed'"), run.out());
    }

    @Test
    void revOutsideARepositoryOrUnknownIsAUsageError(@TempDir Path temp) {
        CliTest.Run outside = CliTest.run("check", "--rev", "HEAD", temp.toString());
        assertEquals(2, outside.exitCode());
        assertEquals(1, outside.err().lines().count(), outside.err());
        Path repo = repo(temp);
        CliTest.Run unknown = CliTest.run("check", "--rev", "nope", repo.toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("loclint: --rev: unknown revision 'nope'"), unknown.err());
    }
}

package io.loclint.cli;

import io.loclint.cli.git.PrePushHook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstallHookTest {
    private static final String FOREIGN = "#!/bin/sh\ncat >> \"$(dirname \"$0\")/../foreign.log\"\nexit 0\n";

    private static CliTest.Run install(Path repo, String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "install-hook";
        args[1] = "-C";
        args[2] = repo.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        return CliTest.run(args);
    }

    /** A new repository temp/work whose origin is a new bare repository at {@code remote}. */
    private static Path workWithBareOrigin(Path temp, Path remote) {
        GitRepos.git(temp, "init", "-q", "--bare", remote.toString());
        Path repo = GitRepos.init(temp.resolve("work"));
        GitRepos.git(repo, "remote", "add", "origin", remote.toString());
        return repo;
    }

    private static void writeForeign(Path hook) throws IOException {
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, FOREIGN);
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void installsAnExecutableMarkedHookCallingThisLoclintByAbsolutePath(@TempDir Path temp) throws IOException {
        Path repo = GitRepos.init(temp.resolve("repo"));
        CliTest.Run run = install(repo);
        assertEquals(0, run.exitCode(), run.err());
        Path hook = repo.resolve(".git/hooks/pre-push");
        assertTrue(Files.isExecutable(hook));
        String script = Files.readString(hook);
        assertTrue(script.startsWith("#!/bin/sh\n" + PrePushHook.MARKER + "\n"), script);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        assertTrue(script.contains("'" + java + "'"), script);
        assertTrue(script.contains("set -- --rev \"$local_sha\" --changed-since \"$base\""), script);
        assertTrue(script.contains("loclint check \"$@\" >&2"), script);
        assertTrue(run.out().startsWith("installed " + hook), run.out());
        assertTrue(install(repo).out().startsWith("updated "), "installing again updates loclint's own hook");
    }

    @Test
    void honoursCoreHooksPathAndPassesCheckArguments(@TempDir Path temp) throws IOException {
        Path repo = GitRepos.init(temp.resolve("repo"));
        GitRepos.git(repo, "config", "core.hooksPath", "ci/hooks");
        CliTest.Run run = install(repo, "--", "--baseline", "loclint baseline.json");
        assertEquals(0, run.exitCode(), run.err());
        Path hook = repo.resolve("ci/hooks/pre-push");
        assertTrue(PrePushHook.isOurs(hook));
        assertFalse(Files.exists(repo.resolve(".git/hooks/pre-push")));
        assertTrue(Files.readString(hook).contains("loclint check \"$@\" '--baseline' 'loclint baseline.json' >&2"));
    }

    @Test
    void refusesAForeignHookAndUninstallLeavesItAlone(@TempDir Path temp) throws IOException {
        Path repo = GitRepos.init(temp.resolve("repo"));
        Path hook = repo.resolve(".git/hooks/pre-push");
        writeForeign(hook);
        CliTest.Run refused = install(repo);
        assertEquals(2, refused.exitCode());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().contains("was not written by loclint; rerun with --chain"), refused.err());
        assertEquals(FOREIGN, Files.readString(hook));

        CliTest.Run uninstall = install(repo, "--uninstall");
        assertEquals(2, uninstall.exitCode());
        assertEquals(FOREIGN, Files.readString(hook));
    }

    @Test
    void chainMovesTheForeignHookAsideAndUninstallPutsItBack(@TempDir Path temp) throws IOException {
        Path repo = GitRepos.init(temp.resolve("repo"));
        Path hook = repo.resolve(".git/hooks/pre-push");
        writeForeign(hook);
        CliTest.Run chained = install(repo, "--chain");
        assertEquals(0, chained.exitCode(), chained.err());
        assertTrue(PrePushHook.isOurs(hook));
        Path aside = repo.resolve(".git/hooks/" + PrePushHook.CHAINED);
        assertEquals(FOREIGN, Files.readString(aside));
        assertTrue(Files.isExecutable(aside));
        assertTrue(Files.readString(hook).contains(PrePushHook.CHAINED));

        CliTest.Run removed = install(repo, "--uninstall");
        assertEquals(0, removed.exitCode(), removed.err());
        assertEquals(FOREIGN, Files.readString(hook));
        assertFalse(Files.exists(aside));
    }

    @Test
    void uninstallRemovesOnlyItsOwnHook(@TempDir Path temp) {
        Path repo = GitRepos.init(temp.resolve("repo"));
        assertEquals(0, install(repo).exitCode());
        CliTest.Run removed = install(repo, "--uninstall");
        assertEquals(0, removed.exitCode());
        assertFalse(Files.exists(repo.resolve(".git/hooks/pre-push")));
        CliTest.Run again = install(repo, "--uninstall");
        assertEquals(0, again.exitCode());
        assertTrue(again.out().contains("nothing to remove"), again.out());
    }

    @Test
    void outsideARepositoryIsAUsageError(@TempDir Path temp) {
        CliTest.Run run = install(temp);
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    /**
     * The installed hook, run by git itself on push to a local bare repository: a commit with an error finding is
     * blocked, a clean tip goes through, deletions are skipped, and a chained foreign hook sees the same stdin.
     */
    @Test
    void pushToABareRepositoryIsBlockedByAnErrorAndLetThroughWhenClean(@TempDir Path temp) throws IOException {
        Path remote = temp.resolve("remote.git");
        Path repo = workWithBareOrigin(temp, remote);
        writeForeign(repo.resolve(".git/hooks/pre-push"));
        assertEquals(0, install(repo, "--chain").exitCode());

        GitRepos.copyTree(Path.of(CliTest.fixture("naming")), repo.resolve("naming"));
        GitRepos.commitAll(repo, "a location with error findings");
        GitRepos.Result blocked = GitRepos.run(repo, "git", "push", "-q", "origin", "main");
        assertNotEquals(0, blocked.exitCode(), blocked.out());
        assertTrue(blocked.out().contains("error NAM001"), blocked.out());
        assertTrue(blocked.out().contains("loclint: push blocked"), blocked.out());
        assertNotEquals(0, GitRepos.run(remote, "git", "rev-parse", "--verify", "-q", "refs/heads/main").exitCode(),
                "the remote must not have received the branch");

        // the work tree still has the bad location, uncommitted: the hook checks the pushed commit, not the tree
        GitRepos.git(repo, "rm", "-q", "-r", "--cached", "naming");
        GitRepos.copyTree(Path.of(CliTest.fixture("placeholder-names/domain-named")), repo.resolve("clean"));
        GitRepos.git(repo, "add", "clean");
        GitRepos.git(repo, "commit", "-q", "-m", "a clean location");
        GitRepos.Result pushed = GitRepos.run(repo, "git", "push", "-q", "origin", "main");
        assertEquals(0, pushed.exitCode(), pushed.out());
        assertEquals(GitRepos.git(repo, "rev-parse", "HEAD"), GitRepos.git(remote, "rev-parse", "refs/heads/main"));

        // deleting a branch pushes the all-zero sha, which the hook skips
        GitRepos.git(repo, "push", "-q", "origin", "main:extra");
        GitRepos.Result deleted = GitRepos.run(repo, "git", "push", "-q", "origin", ":extra");
        assertEquals(0, deleted.exitCode(), deleted.out());

        String log = Files.readString(repo.resolve(".git/foreign.log"));
        assertTrue(log.contains("refs/heads/main " + GitRepos.git(repo, "rev-parse", "HEAD").strip()
                + " refs/heads/main"), log);
        assertTrue(log.contains("(delete) 0000000000000000000000000000000000000000 refs/heads/extra"), log);
    }

    /**
     * After {@code mvn clean} in the loclint checkout the hook's jar is gone: the push is blocked saying loclint
     * itself is missing and how to rebuild it, not that the user's code failed; deleting a branch still works.
     */
    @Test
    void aHookWhoseJarIsGoneSaysLoclintIsMissingAndHowToRebuildIt(@TempDir Path temp) throws IOException {
        Path repo = workWithBareOrigin(temp, temp.resolve("remote.git"));
        GitRepos.copyTree(Path.of(CliTest.fixture("placeholder-names/domain-named")), repo.resolve("clean"));
        GitRepos.commitAll(repo, "a clean location");
        Path checkout = temp.resolve("loclint-checkout");
        Path jar = checkout.resolve("cli/target/loclint-all.jar");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        new PrePushHook(repo.resolve(".git/hooks")).install(List.of(java.toString(), "-jar", jar.toString()),
                List.of(new PrePushHook.Requirement(java, "unused: java is there"),
                        new PrePushHook.Requirement(jar, InstallHookCommand.reinstall(jar))), List.of(), false);

        GitRepos.Result blocked = GitRepos.run(repo, "git", "push", "-q", "origin", "main");
        assertEquals("loclint: push blocked: loclint itself is missing, not your code: " + jar + " does not exist."
                + " Rebuild it with '" + checkout.resolve("loclint") + " --version' (in the loclint checkout);"
                + " or push with --no-verify to skip\n"
                + "error: failed to push some refs to '" + temp.resolve("remote.git") + "'\n", blocked.out());
        assertEquals(1, blocked.exitCode());

        GitRepos.git(repo, "push", "-q", "--no-verify", "origin", "main:extra");
        assertEquals(0, GitRepos.run(repo, "git", "push", "-q", "origin", ":extra").exitCode(),
                "a deletion checks nothing, so it needs no loclint");
    }

    @Test
    void aJarOutsideACheckoutIsInstalledAgain() {
        assertEquals("Put it back, or install loclint again and run 'loclint install-hook' in this repository",
                InstallHookCommand.reinstall(Path.of("/opt/tools/loclint-all.jar")));
    }

    /**
     * Once the remote has a branch, a push is checked only for what it changes: a commit outside the location with
     * findings goes through, one touching that location is blocked; a new branch is checked from where it leaves
     * the remote's history.
     */
    @Test
    void aPushIsCheckedOnlyForWhatItChanges(@TempDir Path temp) throws IOException {
        Path repo = workWithBareOrigin(temp, temp.resolve("remote.git"));
        GitRepos.copyTree(Path.of(CliTest.fixture("naming")), repo.resolve("naming"));
        GitRepos.commitAll(repo, "a location with error findings, pushed before the hook");
        GitRepos.git(repo, "push", "-q", "origin", "main");
        assertEquals(0, install(repo).exitCode());

        Files.writeString(repo.resolve("NOTES.md"), "notes\n");
        GitRepos.commitAll(repo, "outside every location");
        GitRepos.Result outside = GitRepos.run(repo, "git", "push", "-q", "origin", "main");
        assertEquals(0, outside.exitCode(), outside.out());

        Path jobs = repo.resolve("naming/src/inventory_sync_service/jobs.py");
        Files.writeString(jobs, Files.readString(jobs) + "\n# touched\n");
        GitRepos.commitAll(repo, "touch the location");
        GitRepos.Result touched = GitRepos.run(repo, "git", "push", "-q", "origin", "main");
        assertNotEquals(0, touched.exitCode(), touched.out());
        assertTrue(touched.out().contains("jobs.py") && touched.out().contains("error NAM001"), touched.out());
        assertTrue(touched.out().contains("loclint: push blocked: 'loclint check --rev "), touched.out());
        assertTrue(touched.out().contains(" --changed-since "), touched.out());

        // a new branch off the pushed history, changing only a file outside the location
        GitRepos.git(repo, "checkout", "-q", "-b", "topic", "origin/main");
        Files.writeString(repo.resolve("NOTES.md"), "more notes\n");
        GitRepos.commitAll(repo, "topic work");
        GitRepos.Result topic = GitRepos.run(repo, "git", "push", "-q", "origin", "topic");
        assertEquals(0, topic.exitCode(), topic.out());
        // the same commit under another name adds nothing new
        GitRepos.Result alias = GitRepos.run(repo, "git", "push", "-q", "origin", "topic:alias");
        assertEquals(0, alias.exitCode(), alias.out());
    }
}

package io.loclint.cli.git;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A commit's tree is input too: Git's own checkout refuses some names, and so does the export. */
class GitExportTest {
    @TempDir
    Path temp;

    @Test
    void namesGitWouldNotCheckOutAreLeftOut() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("repo"));
        git(repo, null, "init", "-q");
        String blob = git(repo, "x = 1\n", "hash-object", "-w", "--stdin");
        String inner = git(repo, "100644 blob " + blob + "\tconfig\n", "mktree");
        // git mktree writes what it is given: these names need no crafted object bytes to get into a commit
        String tree = git(repo, "100644 blob " + blob + "\t..\n"
                + "040000 tree " + inner + "\t.GIT\n"
                + "040000 tree " + inner + "\t.gIt\n"
                + "040000 tree " + inner + "\t...\n"
                + "040000 tree " + inner + "\t.gitx\n"
                + "100644 blob " + blob + "\tok.py\n", "mktree");
        String commit = git(repo, null, "-c", "user.name=t", "-c", "user.email=t@t", "commit-tree", tree, "-m", "t");

        Path dest = Files.createDirectories(temp.resolve("export"));
        Git.locate(repo).export(commit, dest);

        try (Stream<Path> files = Files.walk(dest)) {
            assertEquals(List.of(".../config", ".gitx/config", "ok.py"), files.filter(Files::isRegularFile)
                    .map(p -> dest.relativize(p).toString()).sorted().toList());
        }
    }

    private static String git(Path dir, String input, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try (var in = process.getOutputStream()) {
            if (input != null) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0, "git " + args[0] + ": " + out);
        return out;
    }
}

package io.loclint.cli.gitea;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.TreeSet;

import java.util.List;
import java.util.Map;
import java.util.NavigableSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GitDiffTest {
    @Test
    void readsHeadSideLinesOfEveryHunk() {
        String diff = String.join("\n",
                "diff --git a/app/ops.py b/app/ops.py",
                "index 1111111..2222222 100644",
                "--- a/app/ops.py",
                "+++ b/app/ops.py",
                "@@ -18 +18 @@ def x():",
                "-def fetch_stock():",
                "+def fetchStock():",
                "@@ -30,2 +30,0 @@",
                "-gone",
                "-gone",
                "@@ -40,0 +41,3 @@",
                "+a",
                "+b",
                "+c",
                "diff --git a/old.py b/old.py",
                "deleted file mode 100644",
                "--- a/old.py",
                "+++ /dev/null",
                "@@ -1,2 +0,0 @@",
                "-x",
                "-y",
                "diff --git a/a b/\"we\\303\\251ird \\\"name\\\".py\"",
                "--- /dev/null",
                "+++ \"b/we\\303\\251ird \\\"name\\\".py\"",
                "@@ -0,0 +1,2 @@",
                "+1",
                "+2",
                "diff --git a/my jobs.py b/my jobs.py",
                "--- a/my jobs.py\t",
                "+++ b/my jobs.py\t",
                "@@ -3 +3,2 @@",
                "-x",
                "+y",
                "+z",
                "");
        Map<String, NavigableSet<Integer>> lines = GitDiff.parse(diff);
        assertEquals(List.of("app/ops.py", "my jobs.py", "weéird \"name\".py"), List.copyOf(lines.keySet()));
        assertEquals(List.of(3, 4), List.copyOf(lines.get("my jobs.py")));
        assertEquals(List.of(18, 41, 42, 43), List.copyOf(lines.get("app/ops.py")));
        assertEquals(List.of(1, 2), List.copyOf(lines.get("weéird \"name\".py")));
    }

    @Test
    void namesWithSpacesFromARealGitDiff(@TempDir Path repo) throws Exception {
        git(repo, "init", "-q", "-b", "main");
        Files.writeString(repo.resolve("my jobs.py"), "a\nb\n");
        Files.writeString(repo.resolve("wé ird.py"), "a\n");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "base");
        String base = git(repo, "rev-parse", "HEAD").strip();
        Files.writeString(repo.resolve("my jobs.py"), "a\nB\nc\n");
        Files.writeString(repo.resolve("wé ird.py"), "a\nb\n");
        git(repo, "commit", "-q", "-am", "head");
        String head = git(repo, "rev-parse", "HEAD").strip();

        Map<String, NavigableSet<Integer>> lines = GitDiff.addedLines(repo, base, head);
        assertEquals(Map.of("my jobs.py", new TreeSet<>(List.of(2, 3)), "wé ird.py", new TreeSet<>(List.of(2))),
                lines);
    }

    private static String git(Path repo, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=Test",
                "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", args) + ": " + out);
        return out;
    }
}

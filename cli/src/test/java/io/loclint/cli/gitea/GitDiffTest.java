package io.loclint.cli.gitea;

import org.junit.jupiter.api.Test;

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
                "");
        Map<String, NavigableSet<Integer>> lines = GitDiff.parse(diff);
        assertEquals(List.of("app/ops.py", "weéird \"name\".py"), List.copyOf(lines.keySet()));
        assertEquals(List.of(18, 41, 42, 43), List.copyOf(lines.get("app/ops.py")));
        assertEquals(List.of(1, 2), List.copyOf(lines.get("weéird \"name\".py")));
    }
}

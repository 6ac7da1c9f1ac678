package io.loclint.cli.gitea;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which lines a pull request added or changed, from the local clone: {@code git diff --unified=0 BASE...HEAD}
 * (three dots: from the merge base, as Gitea shows a pull request). Gitea's {@code ChangedFile} carries no patch,
 * so the lines come from Git; the checkout needs both commits ({@code fetch-depth: 0}).
 */
public final class GitDiff {
    private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(?:,(\\d+))? @@");

    /** Git could not answer; the message says what to do. */
    public static final class GitException extends Exception {
        private static final long serialVersionUID = 1L;

        GitException(String message) {
            super(message);
        }
    }

    private GitDiff() {
    }

    /** The top-level folder of the Git work tree holding {@code dir}. */
    public static Path topLevel(Path dir) throws GitException {
        String out = git(dir, "rev-parse", "--show-toplevel").strip();
        if (out.isEmpty()) {
            throw new GitException("'git rev-parse --show-toplevel' printed nothing");
        }
        return Path.of(out);
    }

    /** Repository path to the head-side line numbers the diff from the merge base of base and head to head adds. */
    public static Map<String, NavigableSet<Integer>> addedLines(Path topLevel, String base, String head)
            throws GitException {
        for (String sha : new String[]{base, head}) {
            try {
                git(topLevel, "cat-file", "-e", sha + "^{commit}");
            } catch (GitException e) {
                throw new GitException("commit " + abbreviate(sha) + " is not in the local clone; check out with the"
                        + " full history (actions/checkout with fetch-depth: 0)");
            }
        }
        String diff = git(topLevel, "-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff",
                "--no-textconv", "--unified=0", "--find-renames", "--src-prefix=a/", "--dst-prefix=b/",
                base + "..." + head, "--");
        return parse(diff);
    }

    /** Parses unified diff output with zero context lines. */
    static Map<String, NavigableSet<Integer>> parse(String diff) {
        Map<String, NavigableSet<Integer>> lines = new TreeMap<>();
        NavigableSet<Integer> current = null;
        for (String line : diff.split("\n", -1)) {
            if (line.startsWith("+++ ")) {
                // git ends the name with a tab when it holds a space (for GNU patch); a real tab in a name is quoted
                String target = line.endsWith("\t") ? line.substring(4, line.length() - 1) : line.substring(4);
                if (target.startsWith("\"")) {
                    target = unquote(target);
                }
                current = target.startsWith("b/") ? lines.computeIfAbsent(target.substring(2), k -> new TreeSet<>())
                        : null;
                continue;
            }
            if (line.startsWith("diff --git ")) {
                current = null;
                continue;
            }
            Matcher m = HUNK.matcher(line);
            if (current != null && m.find()) {
                int start = Integer.parseInt(m.group(1));
                int count = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                for (int i = 0; i < count; i++) {
                    current.add(start + i);
                }
            }
        }
        lines.values().removeIf(NavigableSet::isEmpty);
        return lines;
    }

    /** Git's C-style quoting of unusual paths: {@code "b/a\"b\303\251"}. */
    static String unquote(String quoted) {
        String inner = quoted.substring(1, quoted.endsWith("\"") ? quoted.length() - 1 : quoted.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c != '\\' || i + 1 >= inner.length()) {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            char next = inner.charAt(++i);
            switch (next) {
                case 'n' -> bytes.write('\n');
                case 't' -> bytes.write('\t');
                case 'r' -> bytes.write('\r');
                case 'a' -> bytes.write(7);
                case 'b' -> bytes.write('\b');
                case 'f' -> bytes.write('\f');
                case 'v' -> bytes.write(11);
                default -> {
                    if (next >= '0' && next <= '7' && i + 2 < inner.length()) {
                        bytes.write(Integer.parseInt(inner.substring(i, i + 3), 8));
                        i += 2;
                    } else {
                        bytes.write(next);
                    }
                }
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String git(Path dir, String... args) throws GitException {
        ProcessBuilder builder = io.loclint.cli.git.Git.command(dir, List.of(args))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new GitException("cannot run git; install Git and put it on the PATH");
        }
        try (InputStream in = process.getInputStream()) {
            process.getOutputStream().close();
            byte[] out = in.readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new GitException("'git " + args[0] + "' did not finish within 60 s");
            }
            if (process.exitValue() != 0) {
                throw new GitException("'git " + String.join(" ", args) + "' failed with exit code "
                        + process.exitValue());
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GitException("cannot read the output of 'git " + args[0] + "'");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new GitException("interrupted while running git");
        }
    }

    static String abbreviate(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) : sha;
    }
}

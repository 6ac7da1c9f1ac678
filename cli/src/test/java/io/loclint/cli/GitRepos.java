package io.loclint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Temporary git repositories for tests: local identity, no network, no GIT_* variables from outside. */
final class GitRepos {
    record Result(int exitCode, String out) {
    }

    private GitRepos() {
    }

    static Path init(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        git(dir, "init", "-q", "-b", "main");
        git(dir, "config", "user.name", "loclint test");
        git(dir, "config", "user.email", "test@loclint.invalid");
        git(dir, "config", "commit.gpgsign", "false");
        return dir;
    }

    static void commitAll(Path repo, String message) {
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", message);
    }

    /** Runs git and returns its stdout; fails the test when git fails. */
    static String git(Path dir, String... args) {
        Result r = run(dir, prepend("git", args));
        if (r.exitCode() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + " failed: " + r.out());
        }
        return r.out();
    }

    /** Runs a command in {@code dir} with stdout and stderr merged. */
    static Result run(Path dir, String... command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("GIT_"));
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_TERMINAL_PROMPT", "0");
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(p.waitFor(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] prepend(String first, String... rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }
}

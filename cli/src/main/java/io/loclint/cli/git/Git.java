package io.loclint.cli.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The few git plumbing calls loclint needs, each a {@code git} process. Read-only: nothing here writes into the
 * repository or its work tree.
 */
public final class Git {
    private static final long TIMEOUT_SECONDS = 300;

    private final Path top;

    private Git(Path top) {
        this.top = top;
    }

    /** The repository holding {@code start} (a file or folder, which need not exist), or a one-line error. */
    public static Git locate(Path start) {
        Path dir = existingFolder(start);
        Output out = run(dir, "rev-parse", "--show-toplevel");
        if (out.exitCode() != 0 || out.stdout().isBlank()) {
            throw new GitException("'" + dir + "' is not inside a git repository (with a work tree)");
        }
        try {
            return new Git(Path.of(out.stdout().strip()).toRealPath());
        } catch (IOException e) {
            throw new GitException("cannot read the git repository at '" + out.stdout().strip() + "'");
        }
    }

    /** The work tree's top folder, as a real path. */
    public Path top() {
        return top;
    }

    /** The full commit id {@code rev} names, or a one-line error. */
    public String commit(String rev) {
        if (rev.isEmpty() || rev.startsWith("-")) {
            throw new GitException("'" + rev + "' is not a revision");
        }
        Output out = run(top, "rev-parse", "--verify", "--quiet", "--end-of-options", rev + "^{commit}");
        if (out.exitCode() != 0) {
            throw new GitException("unknown revision '" + rev + "' in " + top);
        }
        return out.stdout().strip();
    }

    /**
     * Files (repository paths, forward slashes) changed since {@code base}: {@code git diff base...tip}, and, when
     * {@code tip} is null (the work tree), also staged, unstaged and untracked (not ignored) files.
     */
    public Set<String> changedSince(String base, String tip) {
        String baseCommit = commit(base);
        String tipCommit = tip == null ? commit("HEAD") : commit(tip);
        List<String[]> queries = new ArrayList<>();
        queries.add(new String[]{"diff", "--name-only", "--no-renames", "-z", baseCommit + "..." + tipCommit});
        if (tip == null) {
            queries.add(new String[]{"diff", "--name-only", "--no-renames", "-z", "HEAD"});
            queries.add(new String[]{"ls-files", "-z", "--others", "--exclude-standard", "--full-name"});
        }
        // each of these walks the index or the work tree; run at once, they take the time of the slowest
        Set<String> files = new LinkedHashSet<>();
        for (Output out : runAll(top, queries)) {
            files.addAll(zList(checked(out)));
        }
        return files;
    }

    /** Every file path in the tree of {@code commit} (repository paths, forward slashes). */
    public List<String> listTree(String commit) {
        return zList(checked("ls-tree", "-r", "-z", "--name-only", "--full-tree", commit));
    }

    /** Writes the tree of {@code commit} into the empty folder {@code dest} ({@code git archive | tar -x}). */
    public void export(String commit, Path dest) {
        export(commit, dest, null);
    }

    /**
     * Writes the files of {@code commit} under the given repository paths (files or folders), or all of them when
     * {@code paths} is null, into the empty folder {@code dest}.
     */
    public void export(String commit, Path dest, List<String> paths) {
        List<String> command = new ArrayList<>(List.of("git", "-C", top.toString(), "archive", "--format=tar",
                commit));
        if (paths != null) {
            command.add("--");
            paths.forEach(p -> command.add(":(literal)" + p));
        }
        ProcessBuilder archive = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        ProcessBuilder tar = new ProcessBuilder("tar", "-x", "-f", "-", "-C", dest.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            List<Process> pipeline = ProcessBuilder.startPipeline(List.of(archive, tar));
            for (Process p : pipeline) {
                if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    pipeline.forEach(Process::destroyForcibly);
                    throw new GitException("exporting " + commit + " took longer than " + TIMEOUT_SECONDS + " s");
                }
            }
            if (pipeline.get(0).exitValue() != 0 || pipeline.get(1).exitValue() != 0) {
                throw new GitException("cannot export " + commit + " (git archive | tar -x failed)");
            }
        } catch (IOException e) {
            throw new GitException("cannot run git archive and tar: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while exporting " + commit);
        }
    }

    /** The folder git runs this repository's hooks from, honouring {@code core.hooksPath}. */
    public Path hooksDir() {
        return Path.of(checked("rev-parse", "--path-format=absolute", "--git-path", "hooks").strip());
    }

    private String checked(String... args) {
        return checked(run(top, args));
    }

    private static String checked(Output out) {
        if (out.exitCode() != 0) {
            String why = out.stderr().lines().findFirst().orElse("exit code " + out.exitCode());
            throw new GitException("git " + out.command() + " failed: " + why);
        }
        return out.stdout();
    }

    private static List<String> zList(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("\0")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    static Path existingFolder(Path start) {
        Path p = start.toAbsolutePath().normalize();
        while (p != null && !Files.isDirectory(p)) {
            p = p.getParent();
        }
        return p == null ? Path.of("").toAbsolutePath() : p;
    }

    record Output(String command, int exitCode, String stdout, String stderr) {
    }

    static Output run(Path dir, String... args) {
        return runAll(dir, List.<String[]>of(args)).get(0);
    }

    /** Starts every command before reading any, so they run side by side; outputs in the order given. */
    private static List<Output> runAll(Path dir, List<String[]> commands) {
        List<Process> processes = new ArrayList<>();
        List<CompletableFuture<String>> errors = new ArrayList<>();
        try {
            for (String[] args : commands) {
                List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
                command.addAll(List.of(args));
                Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
                process.getOutputStream().close();
                processes.add(process);
                errors.add(CompletableFuture.supplyAsync(() -> read(process.getErrorStream())));
            }
            List<Output> outputs = new ArrayList<>();
            for (int i = 0; i < processes.size(); i++) {
                Process process = processes.get(i);
                String name = commands.get(i)[0];
                String out = read(process.getInputStream());
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    throw new GitException("git " + name + " took longer than " + TIMEOUT_SECONDS + " s");
                }
                outputs.add(new Output(name, process.exitValue(), out, errors.get(i).join()));
            }
            return outputs;
        } catch (IOException e) {
            throw new GitException("cannot run git (is it installed and on PATH?): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while running git " + commands.get(0)[0]);
        } finally {
            processes.forEach(p -> {
                if (p.isAlive()) {
                    p.destroyForcibly();
                }
            });
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}

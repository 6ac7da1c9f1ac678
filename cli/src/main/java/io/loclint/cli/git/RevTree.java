package io.loclint.cli.git;

import io.loclint.engine.files.ChangedFiles;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tree of one commit, exported with {@code git archive | tar -x} into a fresh temporary folder, so the user's
 * work tree, index and repository are never written to. The folder stands for the repository's top, so paths
 * relative to it are repository paths. {@link #close()} deletes it.
 */
public final class RevTree implements AutoCloseable {
    /** A partial export hands git at most this many paths; past that, the whole tree is cheaper. */
    private static final int MAX_SELECTED_PATHS = 2_000;

    private final Git git;
    private final String commit;
    private final Path folder;
    /** Every file of the commit when only part of it was exported, else null. */
    private Set<String> partialOf;

    /** Deletes the export when the JVM is stopped (SIGTERM, SIGINT) before {@link #close()}: it is a copy of the source. */
    private final Thread onShutdown;
    /** The main thread may still be exporting when the JVM stops: no file is written once the export is stopped. */
    private final ExportGuard guard = new ExportGuard();

    private RevTree(Git git, String commit, Path folder) {
        this.git = git;
        this.commit = commit;
        this.folder = folder;
        this.onShutdown = new Thread(this::stopAndDelete, "loclint-rev-cleanup");
    }

    public static RevTree export(Git git, String rev) {
        return export(git, rev, null);
    }

    /**
     * @param changed when not null, the repository paths a {@code --changed-since} check reports on: code locations
     *                holding none of them are not exported (a large monorepo's export costs seconds)
     */
    public static RevTree export(Git git, String rev, Set<String> changed) {
        String commit = git.commit(rev);
        Path folder;
        try {
            folder = Files.createTempDirectory("loclint-rev-").toRealPath();
        } catch (IOException e) {
            throw new GitException("cannot create a temporary folder: " + e.getMessage());
        }
        RevTree tree = new RevTree(git, commit, folder);
        Runtime.getRuntime().addShutdownHook(tree.onShutdown);
        try {
            List<String> selection = null;
            if (changed != null) {
                List<String> all = git.listTree(commit);
                selection = ChangedFiles.of(changed).selection(all, MAX_SELECTED_PATHS);
                if (selection != null) {
                    tree.partialOf = new HashSet<>(all);
                }
            }
            if (selection == null || !selection.isEmpty()) {
                git.export(commit, folder, selection, tree.guard);
            }
        } catch (GitException e) {
            tree.close();
            throw e;
        }
        return tree;
    }

    public Path folder() {
        return folder;
    }

    public String commit() {
        return commit;
    }

    /** Where a path given on the command line (relative to the current folder, inside the work tree) is in the export. */
    public Path map(Path requested) {
        Path real = real(requested);
        if (!real.startsWith(git.top())) {
            throw new GitException("'" + requested + "' is outside the repository " + git.top());
        }
        String repoPath = git.top().relativize(real).toString().replace('\\', '/');
        Path inside = folder.resolve(repoPath);
        if (!Files.exists(inside)) {
            if (!inCommit(repoPath)) {
                throw new GitException("'" + requested + "' does not exist in " + commit.substring(0, 12));
            }
            bringIn(repoPath, inside);
        }
        return inside;
    }

    private boolean inCommit(String repoPath) {
        if (partialOf == null) {
            return false;
        }
        String prefix = repoPath + "/";
        return partialOf.contains(repoPath) || partialOf.stream().anyMatch(p -> p.startsWith(prefix));
    }

    /** A path the partial export left out but the command line names: a file is fetched, a folder made empty. */
    private void bringIn(String repoPath, Path inside) {
        if (partialOf.contains(repoPath)) {
            git.export(commit, folder, List.of(repoPath), guard);
            return;
        }
        try {
            Files.createDirectories(inside);
        } catch (IOException e) {
            throw new GitException("cannot create '" + inside + "': " + e.getMessage());
        }
    }

    /** The real path of {@code p}, resolving symbolic links in the part of it that exists. */
    public static Path real(Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute).toString());
        } catch (IOException e) {
            return absolute;
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onShutdown);
        } catch (IllegalStateException e) {
            // the JVM is stopping: the hook deletes the folder
        }
        delete();
    }

    private void stopAndDelete() {
        guard.stop();
        delete();
    }

    private void delete() {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the run for
        }
    }
}

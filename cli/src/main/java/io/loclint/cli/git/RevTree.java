package io.loclint.cli.git;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The tree of one commit, exported with {@code git archive | tar -x} into a fresh temporary folder, so the user's
 * work tree, index and repository are never written to. The folder stands for the repository's top, so paths
 * relative to it are repository paths. {@link #close()} deletes it.
 */
public final class RevTree implements AutoCloseable {
    private final Git git;
    private final String commit;
    private final Path folder;

    private RevTree(Git git, String commit, Path folder) {
        this.git = git;
        this.commit = commit;
        this.folder = folder;
    }

    public static RevTree export(Git git, String rev) {
        String commit = git.commit(rev);
        Path folder;
        try {
            folder = Files.createTempDirectory("loclint-rev-").toRealPath();
        } catch (IOException e) {
            throw new GitException("cannot create a temporary folder: " + e.getMessage());
        }
        RevTree tree = new RevTree(git, commit, folder);
        try {
            git.export(commit, folder);
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
        Path inside = folder.resolve(git.top().relativize(real).toString());
        if (!Files.exists(inside)) {
            throw new GitException("'" + requested + "' does not exist in " + commit.substring(0, 12));
        }
        return inside;
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

package io.loclint.cli;

import io.loclint.cli.baseline.Baseline;
import io.loclint.cli.baseline.BaselineException;
import io.loclint.cli.git.Git;
import io.loclint.cli.git.GitException;
import io.loclint.cli.git.RevTree;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.files.ChangedFiles;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What {@code check} looks at and what it reports: {@code --rev} (lint a commit's tree, exported from Git),
 * {@code --baseline} (report only findings not in a baseline) and {@code --changed-since} (report only findings in
 * changed files; every code location holding one is analysed whole, since graph rules cross files, and no other
 * location is read). A picocli mixin, so
 * {@link CheckCommand} only opens a {@link Scope} and narrows its result.
 */
final class ScopeOptions {
    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings not in this baseline (see 'loclint baseline write').")
    Path baseline;

    @Option(names = "--changed-since", paramLabel = "REV",
            description = "Report only findings in files changed since REV (git diff REV...HEAD, plus uncommitted"
                    + " and untracked files); the code locations holding them are analysed whole, no other is read.")
    String changedSince;

    @Option(names = "--rev", paramLabel = "REV",
            description = "Check the tree of commit REV, exported from Git to a temporary folder (the work tree is"
                    + " not touched); paths are reported as repository paths.")
    String rev;

    /** Reads the baseline, asks Git, exports the commit: everything that can fail before linting starts. */
    Scope open(List<Path> requested) {
        Baseline stored = null;
        if (baseline != null) {
            UserFiles.requireRegular(baseline, "--baseline");
            try {
                stored = Baseline.read(baseline);
            } catch (BaselineException e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (rev == null && changedSince == null) {
            return new Scope(requested, null, null, UnaryOperator.identity(), null, stored);
        }
        try {
            Git git = Git.locate(requested.get(0));
            Set<String> changed = changedSince == null ? null : git.changedSince(changedSince, rev);
            if (rev == null) {
                return new Scope(requested, null, git.top(), null, changed, stored);
            }
            RevTree tree = RevTree.export(git, rev, changed);
            try {
                List<Path> targets = new ArrayList<>();
                for (Path p : requested) {
                    targets.add(tree.map(p));
                }
                return new Scope(targets, tree, tree.folder(), UnaryOperator.identity(), changed, stored);
            } catch (GitException e) {
                tree.close();
                throw e;
            }
        } catch (GitException e) {
            String flag = rev != null ? "--rev" : "--changed-since";
            throw new UsageException(flag + ": " + e.getMessage());
        }
    }

    /**
     * One opened scope; close it to remove an exported tree.
     *
     * @param targets  what to lint (inside the exported tree for {@code --rev})
     * @param root     what reported paths are relative to, or null for the usual choice
     * @param top      the repository's top folder (the export for {@code --rev}); null without Git
     * @param repoPath maps a reported path to a repository path, or null to compute it from root and top
     * @param changed  repository paths of changed files, or null for no {@code --changed-since}
     */
    record Scope(List<Path> targets, RevTree tree, Path top, UnaryOperator<String> repoPath, Set<String> changed,
                 Baseline baseline) implements AutoCloseable {

        Path root() {
            return tree == null ? null : tree.folder();
        }

        /**
         * The changed files as paths relative to the run's root, so that only the code locations holding one are
         * analysed; null without {@code --changed-since}.
         */
        ChangedFiles changedUnder(Path runRoot) {
            if (changed == null) {
                return null;
            }
            if (tree != null) {
                return ChangedFiles.of(changed);
            }
            Path realRoot = RevTree.real(runRoot.toAbsolutePath().normalize());
            List<String> relative = new ArrayList<>();
            for (String repoPath : changed) {
                Path absolute = top.resolve(repoPath).normalize();
                if (absolute.startsWith(realRoot)) {
                    relative.add(realRoot.relativize(absolute).toString().replace('\\', '/'));
                }
            }
            return ChangedFiles.of(relative);
        }

        RunResult narrow(RunResult result) {
            RunResult out = result;
            if (baseline != null) {
                Baseline.Comparison c = baseline.compare(result.findings());
                out = out.withBaseline(c.newFindings(), c.result());
            }
            if (changed != null) {
                UnaryOperator<String> toRepo = repoPath != null ? repoPath : relativeTo(out.root(), top);
                out = out.onlyPaths(p -> {
                    String repo = toRepo.apply(p);
                    return repo != null && changed.contains(repo);
                });
            }
            return out;
        }

        private static UnaryOperator<String> relativeTo(Path root, Path top) {
            Path realRoot = RevTree.real(root);
            return path -> {
                Path relative = top.relativize(realRoot.resolve(path).normalize());
                String s = relative.toString().replace('\\', '/');
                return s.startsWith("../") || s.equals("..") ? null : s;
            };
        }

        @Override
        public void close() {
            if (tree != null) {
                tree.close();
            }
        }
    }
}

package io.loclint.reports;

import io.loclint.engine.result.BaselineResult;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.ToolNotification;

import java.nio.file.Path;
import java.util.List;

/**
 * Paths as a person standing in the working folder can open them: relative to it when the file is inside it,
 * absolute otherwise. A run reports paths relative to its root, which is the location's folder when the checked
 * folder lies outside the working folder (or is the location a subfolder of it belongs to), so {@code Dockerfile:1:6}
 * would name a file the user cannot reach from where they stand.
 *
 * <p>Only formats read by people and by tools that open paths from the working folder (text, markdown, github,
 * checkstyle, junit) show paths this way; SARIF keeps root-relative URIs under an absolute base, and JSON keeps its
 * documented root-relative {@code path}.
 */
public final class PathDisplay {
    private final Path workingFolder;

    private PathDisplay(Path workingFolder) {
        this.workingFolder = workingFolder.toAbsolutePath().normalize();
    }

    /** @param workingFolder the folder the user runs loclint from */
    public static PathDisplay from(Path workingFolder) {
        return new PathDisplay(workingFolder);
    }

    /**
     * @param root what {@code path} is relative to
     * @param path relative to {@code root}, with forward slashes; null or empty (no file) is kept
     */
    public String show(Path root, String path) {
        if (path == null || path.isEmpty() || root == null) {
            return path;
        }
        Path absolute = root.toAbsolutePath().resolve(path).normalize();
        if (!absolute.startsWith(workingFolder)) {
            return absolute.toString();
        }
        String relative = workingFolder.relativize(absolute).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
    }

    /**
     * The same run with every finding and notification path shown from the working folder, which becomes its
     * root (a shown path is either relative to it or absolute, so the root still resolves every path).
     */
    public RunResult apply(RunResult result) {
        Path root = result.root();
        BaselineResult baseline = result.baseline() == null ? null
                : new BaselineResult(shown(root, result.baseline().unchanged()), shown(root, result.baseline().absent()));
        List<ToolNotification> notifications = result.notifications().stream()
                .map(n -> new ToolNotification(n.id(), n.level(), n.message(), show(root, n.path()))).toList();
        return new RunResult(workingFolder, shown(root, result.findings()), result.rules(), notifications,
                result.toolVersion(), result.successful(), result.filesChecked(), shown(root, result.suppressed()),
                baseline);
    }

    private List<Finding> shown(Path root, List<Finding> findings) {
        return findings.stream().map(f -> new Finding(f.code(), f.severity(), f.message(), show(root, f.path()),
                f.span(), f.symbol(), f.hint())).toList();
    }
}

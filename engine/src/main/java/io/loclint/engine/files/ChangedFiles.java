package io.loclint.engine.files;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a change touched (or the files and folders a run was asked about), as paths relative to the run's
 * root. Discovery uses it to analyse only the code
 * locations that hold one of them (a location's graph rules need all of its files, but no other location's), so a
 * pre-push check of one changed file in a large monorepo reads one location, not all.
 */
public final class ChangedFiles {
    /** Every changed path and every folder above one, "" (the root) included. */
    private final Set<String> pathsAndAncestors = new HashSet<>();
    private final Set<String> paths = new HashSet<>();

    private ChangedFiles(Collection<String> relativePaths) {
        for (String path : relativePaths) {
            String p = path.replace('\\', '/');
            pathsAndAncestors.add(p);
            paths.add(p);
            for (int slash = p.lastIndexOf('/'); slash > 0; slash = p.lastIndexOf('/', slash - 1)) {
                pathsAndAncestors.add(p.substring(0, slash));
            }
            pathsAndAncestors.add("");
        }
    }

    public static ChangedFiles of(Collection<String> relativePaths) {
        return new ChangedFiles(relativePaths);
    }

    /**
     * What of a tree these changes need read, as folders and files to take whole, given every file path in it: the
     * same pruning discovery does (a folder holding a location marker that no change touches is left out), in
     * fewer pieces. Null when nothing can be left out.
     *
     * @param maxPieces past this many pieces, null (everything) is cheaper to hand on
     */
    public List<String> selection(List<String> allPaths, int maxPieces) {
        Set<String> locations = new HashSet<>();
        for (String path : allPaths) {
            int slash = path.lastIndexOf('/');
            if (Discovery.LOCATION_MARKERS.contains(path.substring(slash + 1))) {
                locations.add(slash < 0 ? "" : path.substring(0, slash));
            }
        }
        if (locations.stream().allMatch(this::touches)) {
            return null;
        }
        Set<String> pieces = new LinkedHashSet<>();
        for (String path : allPaths) {
            // the outermost location holding the path decides: left out when untouched, else taken whole
            String outermost = locations.contains("") ? "" : null;
            for (int slash = path.indexOf('/'); outermost == null && slash > 0; slash = path.indexOf('/', slash + 1)) {
                String dir = path.substring(0, slash);
                if (locations.contains(dir)) {
                    outermost = dir;
                }
            }
            if (outermost == null) {
                pieces.add(path);
            } else if (touches(outermost)) {
                pieces.add(outermost.isEmpty() ? path : outermost);
            }
            if (pieces.size() > maxPieces) {
                return null;
            }
        }
        return new ArrayList<>(pieces);
    }

    /**
     * Whether a changed path is {@code relativeDir}, lies below it ("" is the root) or holds it: a changed path may
     * be a folder (a requested one), and everything in it counts as changed.
     */
    public boolean touches(String relativeDir) {
        if (pathsAndAncestors.contains(relativeDir)) {
            return true;
        }
        for (int slash = relativeDir.lastIndexOf('/'); slash > 0; slash = relativeDir.lastIndexOf('/', slash - 1)) {
            if (paths.contains(relativeDir.substring(0, slash))) {
                return true;
            }
        }
        return false;
    }
}

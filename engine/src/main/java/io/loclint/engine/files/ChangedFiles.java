package io.loclint.engine.files;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The files a change touched, as paths relative to the run's root. Discovery uses it to analyse only the code
 * locations that hold one of them (a location's graph rules need all of its files, but no other location's), so a
 * pre-push check of one changed file in a large monorepo reads one location, not all.
 */
public final class ChangedFiles {
    /** Every changed path and every folder above one, "" (the root) included. */
    private final Set<String> pathsAndAncestors = new HashSet<>();

    private ChangedFiles(Collection<String> relativePaths) {
        for (String path : relativePaths) {
            String p = path.replace('\\', '/');
            pathsAndAncestors.add(p);
            for (int slash = p.lastIndexOf('/'); slash > 0; slash = p.lastIndexOf('/', slash - 1)) {
                pathsAndAncestors.add(p.substring(0, slash));
            }
            pathsAndAncestors.add("");
        }
    }

    public static ChangedFiles of(Collection<String> relativePaths) {
        return new ChangedFiles(relativePaths);
    }

    /** Whether a changed file is {@code relativeDir} or lies below it ("" is the root). */
    public boolean touches(String relativeDir) {
        return pathsAndAncestors.contains(relativeDir);
    }
}

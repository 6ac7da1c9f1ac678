package io.loclint.rules;

import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.EntryPoint;
import io.loclint.engine.model.Registration;

import java.util.List;

/**
 * The entry point a definition belongs to when one project holds several ({@code code_locations/a/definitions.py},
 * {@code code_locations/b/definitions.py}): each entry point's graph is its own, and a definition belongs to the
 * entry point whose package folder most closely holds its file. A definition no entry point's folder holds (a
 * shared library module) belongs to them all.
 */
final class OwnEntryPoint {
    private OwnEntryPoint() {
    }

    /** The non-test entry point whose folder most closely holds {@code path}, or null when none does. */
    static EntryPoint of(CodeLocation location, String path) {
        EntryPoint owner = null;
        int ownerDepth = -1;
        for (EntryPoint e : entryPoints(location)) {
            String folder = folder(e.path());
            boolean holds = folder.isEmpty() || path.startsWith(folder + "/");
            if (holds && folder.length() > ownerDepth) {
                owner = e;
                ownerDepth = folder.length();
            }
        }
        return owner;
    }

    /**
     * Whether the definition's own entry point registers it; with one entry point, or none of its own, whether any
     * entry point does.
     */
    static boolean registers(CodeLocation location, DagsterDefinition d) {
        EntryPoint owner = of(location, d.path());
        if (owner == null || entryPoints(location).size() < 2) {
            return location.graph().isRegistered(d);
        }
        for (Registration r : location.graph().registrations()) {
            if (r.entryPoint() == owner && r.reference().target().local() == d) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the definition should be registered, for a message: its own entry point's file, or, with none of its
     * own, the location's entry point file (all of them when there are several).
     */
    static String file(CodeLocation location, String path) {
        EntryPoint owner = of(location, path);
        if (owner != null) {
            return owner.path();
        }
        List<String> files = entryPoints(location).stream().map(EntryPoint::path).distinct().toList();
        if (files.isEmpty()) {
            return "the entry point";
        }
        return files.size() == 1 ? files.get(0) : "any of " + String.join(", ", files);
    }

    private static List<EntryPoint> entryPoints(CodeLocation location) {
        return location.entryPoints().stream().filter(e -> !e.module().test()).toList();
    }

    private static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}

package io.loclint.rules;

import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.EntryPoint;
import io.loclint.engine.model.Registration;
import io.loclint.engine.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The entry points a definition belongs to when one project holds several. Sibling entry points
 * ({@code code_locations/a/definitions.py}, {@code code_locations/b/definitions.py}) each have their own graph: a
 * definition belongs to the entry points whose package folder most closely holds its file (several when they share
 * that folder, as one {@code @repository} per module does). An entry point inside another's folder (a
 * {@code Definitions} in a defs folder) may be loaded by the outer one, so there any entry point registering the
 * definition counts; so it does for a definition no entry point's folder holds (a shared library module).
 */
final class OwnEntryPoint {
    private OwnEntryPoint() {
    }

    /** The non-test entry points whose folder most closely holds {@code path}; none when no folder does. */
    static List<EntryPoint> of(CodeLocation location, String path) {
        List<EntryPoint> owners = new ArrayList<>();
        int ownerDepth = -1;
        for (EntryPoint e : entryPoints(location)) {
            String folder = folder(e.path());
            if (!holds(folder, path) || folder.length() < ownerDepth) {
                continue;
            }
            if (folder.length() > ownerDepth) {
                owners.clear();
                ownerDepth = folder.length();
            }
            owners.add(e);
        }
        return owners;
    }

    /**
     * Whether the definition is registered where it belongs: by one of its own entry points when they are
     * independent of the others, else by any entry point.
     */
    static boolean registers(CodeLocation location, DagsterDefinition d) {
        if (mayRegisterUnseen(location, d)) {
            return true;
        }
        List<EntryPoint> owners = of(location, d.path());
        if (owners.isEmpty() || !independent(location, folder(owners.get(0).path()))) {
            return location.graph().isRegistered(d);
        }
        for (Registration r : location.graph().registrations()) {
            if (owners.contains(r.entryPoint()) && r.reference().target().local() == d) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether no entry point could be meant to register the definition: no entry point's folder holds its module
     * and no entry point imports it (a course's standalone week_1/ scripts beside week_2/'s deployments).
     */
    static boolean outOfReach(CodeLocation location, DagsterDefinition d) {
        return of(location, d.path()).isEmpty() && !location.graph().isImportedByEntryPoints(d.module());
    }

    /**
     * Whether an entry point the definition may be registered by registers values loclint cannot see
     * ({@code Definitions(**kwargs)}): then whether it is registered is not known, and nothing is reported.
     */
    static boolean mayRegisterUnseen(CodeLocation location, DagsterDefinition d) {
        List<EntryPoint> owners = of(location, d.path());
        List<EntryPoint> candidates = owners.isEmpty() || !independent(location, folder(owners.get(0).path()))
                ? entryPoints(location) : owners;
        return candidates.stream().anyMatch(location.graph()::registersUnseen);
    }

    /**
     * Where the definition should be registered, for a message: its own entry point's file (the one in its own
     * module, when several share its folder), or the location's entry point files, as {@code context} shows paths.
     */
    static String file(CodeLocation location, String path, RuleContext context) {
        List<EntryPoint> owners = of(location, path);
        List<EntryPoint> candidates = owners.isEmpty() ? entryPoints(location) : owners;
        List<String> files = candidates.stream().map(EntryPoint::path).distinct().toList();
        if (files.contains(path)) {
            return context.shown(path);
        }
        if (files.isEmpty()) {
            return "the entry point";
        }
        List<String> shown = files.stream().map(context::shown).toList();
        return shown.size() == 1 ? shown.get(0) : "any of " + String.join(", ", shown);
    }

    /** Whether no entry point's folder strictly holds {@code folder}. */
    private static boolean independent(CodeLocation location, String folder) {
        return entryPoints(location).stream().map(e -> folder(e.path()))
                .noneMatch(other -> !other.equals(folder) && holds(other, folder + "/"));
    }

    private static boolean holds(String folder, String path) {
        return folder.isEmpty() || path.startsWith(folder + "/");
    }

    private static List<EntryPoint> entryPoints(CodeLocation location) {
        return location.entryPoints().stream().filter(e -> !e.module().test()).toList();
    }

    private static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}

package io.loclint.engine.model;

import java.util.Map;

/** Follows a qualified name through the location's modules, including re-exports in {@code __init__.py}. */
final class Symbols {
    private static final int MAX_HOPS = 16;

    private Symbols() {
    }

    static DagsterDefinition find(CodeLocation location, String qualified, Map<String, DagsterDefinition> byBinding) {
        String current = qualified;
        for (int hop = 0; hop < MAX_HOPS && current != null; hop++) {
            DagsterDefinition found = byBinding.get(current);
            if (found != null) {
                return found;
            }
            current = reexported(location, current);
        }
        return null;
    }

    /** What {@code pkg.mod.name} stands for when {@code pkg.mod} imports {@code name} from elsewhere. */
    private static String reexported(CodeLocation location, String qualified) {
        int dot = qualified.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        PythonModule module = location.modules().get(qualified.substring(0, dot));
        if (module == null) {
            return null;
        }
        String target = module.bindings().get(qualified.substring(dot + 1));
        return target == null || target.isEmpty() ? null : target;
    }
}

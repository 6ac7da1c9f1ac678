package io.loclint.engine.model;

import java.util.Set;

/** Top-level module names of the Python standard library, any version from 3.8 to 3.13. */
public final class StandardLibrary {
    private static final Set<String> MODULES = Set.copyOf(ResourceLines.read("stdlib-modules.txt"));

    private StandardLibrary() {
    }

    public static boolean contains(String topLevelModule) {
        return MODULES.contains(topLevelModule);
    }
}

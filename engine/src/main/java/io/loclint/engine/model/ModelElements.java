package io.loclint.engine.model;

import io.loclint.engine.files.ParsedFile;
import io.loclint.engine.model.images.ImageReference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The elements of each kind that an element rule can ask for, by their class. */
public final class ModelElements {
    private static final Set<Class<?>> LOCATION_ELEMENTS = Set.of(CodeLocation.class, DagsterDefinition.class,
            EntryPoint.class, PythonModule.class);

    private ModelElements() {
    }

    /**
     * An element with the folder (relative to the root, "" for the root) whose configuration gives the rule options
     * for it: the folder of its code location, or, for a file or image outside every location, the file's own.
     */
    public record Scoped<T>(String folder, T element) {}

    public static <T> List<Scoped<T>> scoped(Project project, Class<T> type) {
        List<Scoped<T>> out = new ArrayList<>();
        if (type == ParsedFile.class || type == ImageReference.class) {
            Map<String, String> locationOf = new HashMap<>();
            project.locations().forEach(l -> l.files().forEach(f -> locationOf.put(f.path(), l.directory())));
            if (type == ParsedFile.class) {
                project.files().forEach(f -> out.add(new Scoped<>(folderOf(f.path(), locationOf), type.cast(f))));
            } else {
                project.images().forEach(i -> out.add(new Scoped<>(folderOf(i.path(), locationOf), type.cast(i))));
            }
            return out;
        }
        if (!LOCATION_ELEMENTS.contains(type)) {
            throw new IllegalArgumentException("no model elements of type " + type.getName());
        }
        for (CodeLocation l : project.locations()) {
            String folder = l.directory();
            if (type == CodeLocation.class) {
                out.add(new Scoped<>(folder, type.cast(l)));
            } else if (type == DagsterDefinition.class) {
                l.definitions().forEach(d -> out.add(new Scoped<>(folder, type.cast(d))));
            } else if (type == EntryPoint.class) {
                l.entryPoints().forEach(e -> out.add(new Scoped<>(folder, type.cast(e))));
            } else {
                l.modules().values().forEach(m -> out.add(new Scoped<>(folder, type.cast(m))));
            }
        }
        return out;
    }

    private static String folderOf(String path, Map<String, String> locationOf) {
        String location = locationOf.get(path);
        if (location != null) {
            return location;
        }
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}

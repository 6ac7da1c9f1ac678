package io.loclint.engine.model;

import io.loclint.engine.files.ParsedFile;
import io.loclint.engine.model.images.ImageReference;

import java.util.ArrayList;
import java.util.List;

/** The elements of each kind that an element rule can ask for, by their class. */
public final class ModelElements {
    private ModelElements() {
    }

    public static <T> List<T> of(Project project, Class<T> type) {
        List<T> out = new ArrayList<>();
        if (type == ParsedFile.class) {
            project.files().forEach(f -> out.add(type.cast(f)));
        } else if (type == CodeLocation.class) {
            project.locations().forEach(l -> out.add(type.cast(l)));
        } else if (type == DagsterDefinition.class) {
            project.locations().forEach(l -> l.definitions().forEach(d -> out.add(type.cast(d))));
        } else if (type == EntryPoint.class) {
            project.locations().forEach(l -> l.entryPoints().forEach(e -> out.add(type.cast(e))));
        } else if (type == ImageReference.class) {
            project.images().forEach(i -> out.add(type.cast(i)));
        } else if (type == PythonModule.class) {
            project.locations().forEach(l -> l.modules().values().forEach(m -> out.add(type.cast(m))));
        } else {
            throw new IllegalArgumentException("no model elements of type " + type.getName());
        }
        return out;
    }
}

package io.loclint.engine.model.images;

import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.ParsedFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every image reference of a run: Dockerfile base images, Helm chart images, Kubernetes manifest images. */
public final class Images {
    private Images() {
    }

    public static List<ImageReference> of(List<ParsedFile> files) {
        List<ImageReference> out = new ArrayList<>();
        for (ParsedFile file : files) {
            if (file.kind() == FileKind.DOCKERFILE) {
                DockerfileImages.collect(file, out);
            } else if (file.kind() == FileKind.YAML && !HelmImages.isValuesFile(file)) {
                ManifestImages.collect(file, out);
            }
        }
        HelmImages.collect(files, out);
        // one place to fix is one reference: a template line read by several values files, a values image both a
        // template and the values walk see, an anchor several keys alias
        Map<String, ImageReference> byPlace = new LinkedHashMap<>();
        for (ImageReference reference : out) {
            byPlace.putIfAbsent(reference.path() + "#" + reference.span(), reference);
        }
        return List.copyOf(byPlace.values());
    }
}

package io.loclint.engine.model.images;

import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.ParsedFile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

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
        // one image line of a template read by several values files is still one reference per place to fix
        return List.copyOf(new LinkedHashSet<>(out));
    }
}

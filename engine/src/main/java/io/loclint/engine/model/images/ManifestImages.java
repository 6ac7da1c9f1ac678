package io.loclint.engine.model.images;

import io.loclint.engine.files.ParsedFile;
import io.loclint.grammar.yaml.YamlNode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** {@code image:} keys of plain Kubernetes manifests (every document with apiVersion and kind). */
final class ManifestImages {
    private ManifestImages() {
    }

    static void collect(ParsedFile file, List<ImageReference> out) {
        if (file.yaml() == null) {
            return;
        }
        for (YamlNode document : file.yaml().documents()) {
            if (document instanceof YamlNode.Mapping root && root.getString("apiVersion") != null
                    && root.getString("kind") != null) {
                walk(file, root, out);
            }
        }
    }

    private static void walk(ParsedFile file, YamlNode root, List<ImageReference> out) {
        Deque<YamlNode> pending = new ArrayDeque<>();
        pending.push(root);
        int budget = 100_000;
        while (!pending.isEmpty() && budget-- > 0) {
            YamlNode node = pending.pop();
            if (node instanceof YamlNode.Mapping map) {
                for (YamlNode.Entry entry : map.entries()) {
                    if ("image".equals(entry.keyText()) && entry.value() instanceof YamlNode.Scalar scalar
                            && !scalar.value().isBlank() && !ImageName.unresolved(scalar.value())) {
                        ImageName name = ImageName.parse(scalar.value());
                        out.add(new ImageReference(file.path(), scalar.span(), scalar.value(), name.tag(),
                                name.digest(), true, "manifest image"));
                    } else if (entry.value() != null) {
                        pending.push(entry.value());
                    }
                }
            } else if (node instanceof YamlNode.Sequence seq) {
                seq.items().forEach(pending::push);
            }
        }
    }
}

package io.loclint.engine.model.images;

import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.ParsedFile;
import io.loclint.grammar.yaml.JinjaYaml;
import io.loclint.grammar.yaml.YamlNode;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every {@code image:} of Helm values, wherever values are written: values files ({@code values*.yaml}, a
 * {@code values*.yaml.j2} where it parses, a file a helmfile release or a kustomize chart names), helmfile inline
 * values and kustomize {@code helmCharts[].valuesInline}. An image is a string ({@code repo:tag}) or a block
 * ({@code registry}, {@code repository}, {@code tag}, {@code digest}). An overlay that sets only the tag is read
 * with the repository its base {@code values.yaml} sets. A block with no tag says nothing: the chart's template
 * decides (the Dagster chart falls back to its own version), and a template in sight is traced by
 * {@link HelmImages}.
 */
final class ValuesImages {
    private static final int NODE_BUDGET = 100_000;

    private ValuesImages() {
    }

    /** A tree of values: a whole values file, or values written inline in a chart tool's file. */
    private record Values(ParsedFile file, YamlNode root, List<String> prefix, ParsedFile base) {}

    /** A key path in a values tree; a list item is a step too, named {@code [name]} or {@code [index]}. */
    private record Step(YamlNode node, List<String> keys, boolean throughList) {}

    /**
     * @param traced {@code path#dotted.key} of every values key a template of the file's chart reads: those
     *               images were already traced with their template, which knows better how the key is used
     */
    static void collect(List<ParsedFile> files, Set<String> traced, List<ImageReference> out) {
        Map<String, ParsedFile> byPath = new HashMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        Set<String> named = new HashSet<>();
        List<Values> inline = new ArrayList<>();
        for (ParsedFile file : files) {
            chartToolValues(file, named, inline);
        }
        Map<String, ParsedFile> baseByFolder = new HashMap<>();
        for (ParsedFile file : files) {
            if (HelmImages.isValuesFile(file) && HelmImages.isBaseValues(file)) {
                baseByFolder.putIfAbsent(folder(file.path()), file);
            }
        }
        List<Values> trees = new ArrayList<>();
        for (ParsedFile file : files) {
            if (file.yaml() != null && (HelmImages.isValuesFile(file) || named.contains(file.path()))) {
                ParsedFile base = baseByFolder.get(folder(file.path()));
                for (YamlNode document : file.yaml().documents()) {
                    trees.add(new Values(file, document, List.of(), base == file ? null : base));
                }
            }
        }
        trees.addAll(inline);
        for (Values values : trees) {
            walk(values, traced, out);
        }
    }

    /** kustomize {@code helmCharts[]} and helmfile {@code releases[]}: their inline values and the files they name. */
    private static void chartToolValues(ParsedFile file, Set<String> named, List<Values> inline) {
        if (file.kind() != FileKind.YAML || file.yaml() == null) {
            return;
        }
        String name = file.path().substring(file.path().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        boolean kustomization = name.equals("kustomization.yaml") || name.equals("kustomization.yml");
        boolean helmfile = name.startsWith("helmfile") && (name.endsWith(".yaml") || name.endsWith(".yml"));
        if (!kustomization && !helmfile) {
            return;
        }
        for (YamlNode document : file.yaml().documents()) {
            if (!(document instanceof YamlNode.Mapping root)) {
                continue;
            }
            String listKey = kustomization ? "helmCharts" : "releases";
            if (!(root.get(listKey) instanceof YamlNode.Sequence charts)) {
                continue;
            }
            for (int i = 0; i < charts.items().size(); i++) {
                if (!(charts.items().get(i) instanceof YamlNode.Mapping chart)) {
                    continue;
                }
                List<String> prefix = List.of(listKey, "[" + label(chart, i) + "]");
                if (kustomization) {
                    if (chart.get("valuesInline") instanceof YamlNode.Mapping values) {
                        inline.add(new Values(file, values, append(prefix, "valuesInline"), null));
                    }
                    addNamed(file, chart.get("valuesFile"), named);
                    addNamed(file, chart.get("additionalValuesFiles"), named);
                } else if (chart.get("values") instanceof YamlNode.Sequence values) {
                    for (YamlNode entry : values.items()) {
                        if (entry instanceof YamlNode.Mapping map) {
                            inline.add(new Values(file, map, append(prefix, "values"), null));
                        } else {
                            addNamed(file, entry, named);
                        }
                    }
                }
            }
        }
    }

    private static void addNamed(ParsedFile file, YamlNode node, Set<String> named) {
        if (node instanceof YamlNode.Scalar scalar && !scalar.value().isBlank() && !ImageName.unresolved(scalar.value())
                && !scalar.value().contains("://")) {
            try {
                named.add(Path.of(folder(file.path())).resolve(scalar.value()).normalize().toString()
                        .replace('\\', '/'));
            } catch (RuntimeException e) {
                // a path that cannot be a path names no file
            }
        } else if (node instanceof YamlNode.Sequence seq) {
            seq.items().forEach(item -> addNamed(file, item, named));
        }
    }

    private static void walk(Values values, Set<String> traced, List<ImageReference> out) {
        Deque<Step> pending = new ArrayDeque<>();
        pending.push(new Step(values.root(), values.prefix(), false));
        int budget = NODE_BUDGET;
        while (!pending.isEmpty() && budget-- > 0) {
            Step step = pending.pop();
            if (step.node() instanceof YamlNode.Mapping map) {
                for (YamlNode.Entry entry : map.entries()) {
                    String key = entry.keyText();
                    if (key == null || entry.value() == null) {
                        continue;
                    }
                    List<String> keys = append(step.keys(), key);
                    if (key.equals("image")) {
                        if (!tracedByTemplate(values.file(), keys, traced)) {
                            image(values, entry.value(), keys, step.throughList(), out);
                        }
                    } else {
                        pending.push(new Step(entry.value(), keys, step.throughList()));
                    }
                }
            } else if (step.node() instanceof YamlNode.Sequence seq) {
                for (int i = 0; i < seq.items().size(); i++) {
                    YamlNode item = seq.items().get(i);
                    String label = item instanceof YamlNode.Mapping m ? label(m, i) : String.valueOf(i);
                    pending.push(new Step(item, append(step.keys(), "[" + label + "]"), true));
                }
            }
        }
    }

    private static void image(Values values, YamlNode node, List<String> keys, boolean throughList,
                              List<ImageReference> out) {
        String origin = "values key " + dotted(keys);
        if (node instanceof YamlNode.Scalar scalar) {
            String text = text(scalar);
            if (text != null) {
                ImageName name = ImageName.parse(text);
                out.add(new ImageReference(values.file().path(), scalar.span(), text, name.tag(), name.digest(), true,
                        origin));
            }
            return;
        }
        if (!(node instanceof YamlNode.Mapping block)) {
            return;
        }
        YamlNode repositoryNode = block.get("repository");
        String repository = repositoryNode instanceof YamlNode.Scalar s ? text(s) : null;
        String registry = block.get("registry") instanceof YamlNode.Scalar s ? text(s) : null;
        if (repositoryNode == null && !throughList && values.base() != null
                && HelmImages.lookup(values.base(), keys.subList(values.prefix().size(), keys.size()))
                instanceof YamlNode.Mapping baseBlock) {
            repository = baseBlock.get("repository") instanceof YamlNode.Scalar s ? text(s) : null;
            registry = registry != null ? registry
                    : baseBlock.get("registry") instanceof YamlNode.Scalar s ? text(s) : null;
        }
        if (block.get("digest") instanceof YamlNode.Scalar digest && text(digest) != null) {
            return;
        }
        String written = repositoryNode instanceof YamlNode.Scalar s && !s.value().isBlank()
                && !s.tag().endsWith(":null") ? s.value() : null;
        String shownName = (registry != null ? registry + "/" : "")
                + (repository != null ? repository : written != null ? written : "<" + dotted(keys) + ".repository>");
        if (block.get("tag") instanceof YamlNode.Scalar tagNode && text(tagNode) != null) {
            String tag = text(tagNode);
            ImageName name = ImageName.parse("x:" + tag);
            out.add(new ImageReference(values.file().path(), tagNode.span(), shownName + ":" + tag, name.tag(),
                    name.digest(), true, origin));
        } else if (repositoryNode instanceof YamlNode.Scalar repositoryScalar && repository != null) {
            ImageName name = ImageName.parse(repository);
            if (name.tag() != null || name.digest() != null) {
                out.add(new ImageReference(values.file().path(), repositoryScalar.span(), shownName, name.tag(),
                        name.digest(), true, origin));
            }
        }
    }

    /**
     * The scalar as a usable value: null when empty, YAML null, or still a template or variable; a Jinja
     * expression with a literal {@code default("...")} is that default, what deploys when nobody sets it.
     */
    private static String text(YamlNode.Scalar scalar) {
        String value = scalar.value();
        if (value == null || value.isBlank() || scalar.tag().endsWith(":null")) {
            return null;
        }
        // an image key of a dashboard or a UI (a background, a logo) may hold a picture's URL; an image reference
        // never has a scheme
        if (value.contains("://")) {
            return null;
        }
        String jinjaDefault = JinjaYaml.defaultOf(value);
        if (jinjaDefault != null) {
            return jinjaDefault.isBlank() || ImageName.unresolved(jinjaDefault) ? null : jinjaDefault.strip();
        }
        return ImageName.unresolved(value) ? null : value.strip();
    }

    private static boolean tracedByTemplate(ParsedFile file, List<String> keys, Set<String> traced) {
        String key = file.path() + "#" + dotted(keys);
        for (String read : traced) {
            if (read.equals(key) || read.startsWith(key + ".")) {
                return true;
            }
        }
        return false;
    }

    private static String label(YamlNode.Mapping item, int index) {
        String name = item.getString("name");
        return name != null && !name.isBlank() ? name : String.valueOf(index);
    }

    private static String dotted(List<String> keys) {
        StringBuilder out = new StringBuilder();
        for (String key : keys) {
            if (!out.isEmpty() && !key.startsWith("[")) {
                out.append('.');
            }
            out.append(key);
        }
        return out.toString();
    }

    private static List<String> append(List<String> keys, String key) {
        List<String> out = new ArrayList<>(keys.size() + 1);
        out.addAll(keys);
        out.add(key);
        return out;
    }

    private static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}

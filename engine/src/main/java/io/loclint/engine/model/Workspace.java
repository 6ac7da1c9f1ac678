package io.loclint.engine.model;

import io.loclint.grammar.yaml.YamlNode;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code workspace.yaml} and {@code dagster_cloud.yaml} say about code locations: their folders and the module
 * a loader is told to load. Listed folders are code locations whatever their contents.
 */
final class Workspace {
    record Entry(String directory, String module) {}

    private Workspace() {
    }

    static boolean isWorkspaceFile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals("workspace.yaml") || name.equals("workspace.yml") || name.equals("dagster_cloud.yaml")
                || name.equals("dagster_cloud.yml");
    }

    /** The entries of one workspace file, folders made relative to the run's root. */
    static List<Entry> entries(ParsedFile file) {
        List<Entry> out = new ArrayList<>();
        if (file.yaml() == null) {
            return out;
        }
        String base = file.path().contains("/") ? file.path().substring(0, file.path().lastIndexOf('/')) : "";
        for (YamlNode document : file.yaml().documents()) {
            if (!(document instanceof YamlNode.Mapping root)) {
                continue;
            }
            if (root.get("load_from") instanceof YamlNode.Sequence loadFrom) {
                for (YamlNode item : loadFrom.items()) {
                    if (item instanceof YamlNode.Mapping target) {
                        for (YamlNode.Entry kind : target.entries()) {
                            if (kind.value() instanceof YamlNode.Mapping options) {
                                add(out, base, options.getString("working_directory"),
                                        firstNonNull(options.getString("module_name"), options.getString("package_name")),
                                        options.getString("relative_path"));
                            }
                        }
                    }
                }
            }
            if (root.get("locations") instanceof YamlNode.Sequence locations) {
                for (YamlNode item : locations.items()) {
                    if (item instanceof YamlNode.Mapping location) {
                        String module = null;
                        if (location.get("code_source") instanceof YamlNode.Mapping source) {
                            module = firstNonNull(source.getString("module_name"), source.getString("package_name"));
                        }
                        add(out, base, location.getString("working_directory"), module, null);
                    }
                }
            }
        }
        return out;
    }

    private static void add(List<Entry> out, String base, String workingDirectory, String module, String relativePath) {
        String dir = workingDirectory;
        if (dir == null && relativePath != null) {
            dir = relativePath.contains("/") ? relativePath.substring(0, relativePath.lastIndexOf('/')) : ".";
        }
        if (dir == null) {
            dir = ".";
        }
        out.add(new Entry(normalise(base, dir), module));
    }

    static String normalise(String base, String relative) {
        List<String> parts = new ArrayList<>();
        if (!base.isEmpty()) {
            parts.addAll(List.of(base.split("/")));
        }
        for (String part : relative.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}

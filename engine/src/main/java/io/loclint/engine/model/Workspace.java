package io.loclint.engine.model;

import io.loclint.engine.files.ParsedFile;
import io.loclint.grammar.Span;
import io.loclint.grammar.yaml.YamlNode;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code workspace.yaml} and {@code dagster_cloud.yaml} say about code locations: their folders and the module
 * a loader is told to load. Listed folders are code locations whatever their contents.
 */
final class Workspace {
    /**
     * @param listedAt where the workspace file lists the folder
     * @param module   the module a loader is told to load, or null
     * @param moduleAt where the workspace file names that module, or null
     */
    record Entry(String directory, FileSpan listedAt, String module, FileSpan moduleAt) {}

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
                                add(out, file.path(), base, options, options, options.getString("relative_path"));
                            }
                        }
                    }
                }
            }
            if (root.get("locations") instanceof YamlNode.Sequence locations) {
                for (YamlNode item : locations.items()) {
                    if (item instanceof YamlNode.Mapping location) {
                        YamlNode.Mapping source = location.get("code_source") instanceof YamlNode.Mapping m ? m : null;
                        add(out, file.path(), base, location, source, null);
                    }
                }
            }
        }
        return out;
    }

    /** @param moduleOptions the mapping holding module_name or package_name, or null */
    private static void add(List<Entry> out, String path, String base, YamlNode.Mapping entry,
                            YamlNode.Mapping moduleOptions, String relativePath) {
        YamlNode workingDirectory = entry.get("working_directory");
        String dir = workingDirectory instanceof YamlNode.Scalar s ? s.value() : null;
        if (dir == null && relativePath != null) {
            dir = relativePath.contains("/") ? relativePath.substring(0, relativePath.lastIndexOf('/')) : ".";
        }
        if (dir == null) {
            dir = ".";
        }
        YamlNode module = null;
        if (moduleOptions != null) {
            module = moduleOptions.get("module_name") instanceof YamlNode.Scalar named ? named
                    : moduleOptions.get("package_name");
        }
        String moduleName = module instanceof YamlNode.Scalar s ? s.value() : null;
        Span listed = workingDirectory != null ? workingDirectory.span() : entry.span();
        out.add(new Entry(normalise(base, dir), new FileSpan(path, listed), moduleName,
                moduleName == null ? null : new FileSpan(path, module.span())));
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
}

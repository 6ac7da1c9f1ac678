package io.loclint.engine.model;

import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.ParsedFile;
import io.loclint.grammar.Span;
import io.loclint.grammar.toml.TomlDocument;
import io.loclint.grammar.yaml.YamlNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The entry points that {@code workspace.yaml}, {@code dagster_cloud.yaml}, {@code [tool.dagster]} and
 * {@code [tool.dg]} name. They only name modules and files inside code locations: which location an entry belongs
 * to is decided by where that module or file is, never by the entry itself. A {@code grpc_server} entry names
 * nothing loclint can see.
 */
final class Workspace {
    /**
     * One named entry point: a module ({@code module_name}, {@code package_name}) or a Python file.
     *
     * @param module       the dotted module name, or null when the entry names a file
     * @param filePaths    for a file entry, the paths (relative to the run's root) the file may be at, most likely
     *                     first: Dagster resolves it against the working or build directory or the declaring file's
     *                     folder
     * @param directories  the folders (relative to the run's root) the entry says the code is in: its working
     *                     directory, then its build directory, when it names them
     * @param declaredAt   where the entry names the module or file
     * @param declaredBy   how messages name the declaration: {@code workspace module_name},
     *                     {@code [tool.dagster] module_name}
     * @param ownProject   declared in a project's own pyproject.toml, so it belongs to that project even when the
     *                     module is missing
     */
    record Entry(String module, List<String> filePaths, List<String> directories, FileSpan declaredAt,
                 String declaredBy, boolean ownProject) {}

    private static final List<String> LOAD_FROM_KINDS = List.of("python_module", "python_package", "python_file");

    private Workspace() {
    }

    static boolean isWorkspaceFile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals("workspace.yaml") || name.equals("workspace.yml") || name.equals("dagster_cloud.yaml")
                || name.equals("dagster_cloud.yml");
    }

    /** Every entry point the workspace files and pyproject.toml files of the run name. */
    static List<Entry> entries(List<ParsedFile> files) {
        List<Entry> out = new ArrayList<>();
        for (ParsedFile file : files) {
            if (file.kind() == FileKind.YAML && isWorkspaceFile(file.path()) && file.yaml() != null) {
                readWorkspaceFile(file, out);
            } else if (file.kind() == FileKind.PYPROJECT && file.toml() != null && file.toml().parsed()) {
                readPyproject(file, out);
            }
        }
        return out;
    }

    private static void readWorkspaceFile(ParsedFile file, List<Entry> out) {
        String base = folderOf(file.path());
        for (YamlNode document : file.yaml().documents()) {
            if (!(document instanceof YamlNode.Mapping root)) {
                continue;
            }
            if (root.get("load_from") instanceof YamlNode.Sequence loadFrom) {
                for (YamlNode item : loadFrom.items()) {
                    if (item instanceof YamlNode.Mapping target) {
                        for (YamlNode.Entry kind : target.entries()) {
                            if (LOAD_FROM_KINDS.contains(kind.keyText())) {
                                readLoadFrom(file.path(), base, kind.keyText(), kind.value(), out);
                            }
                        }
                    }
                }
            }
            if (root.get("locations") instanceof YamlNode.Sequence locations) {
                for (YamlNode item : locations.items()) {
                    if (item instanceof YamlNode.Mapping location
                            && location.get("code_source") instanceof YamlNode.Mapping source) {
                        readCloudLocation(file.path(), base, location, source, out);
                    }
                }
            }
        }
    }

    /**
     * {@code python_module: name} or {@code python_module: {module_name, working_directory}}, and the same for
     * packages and files ({@code relative_path}). Relative paths are relative to the workspace file.
     */
    private static void readLoadFrom(String path, String base, String kind, YamlNode value, List<Entry> out) {
        YamlNode.Mapping options = value instanceof YamlNode.Mapping m ? m : null;
        YamlNode named = options == null ? value : options.get(switch (kind) {
            case "python_file" -> "relative_path";
            case "python_package" -> "package_name";
            default -> "module_name";
        });
        if (!(named instanceof YamlNode.Scalar scalar) || scalar.value() == null || scalar.value().isBlank()) {
            return;
        }
        List<String> directories = new ArrayList<>();
        addDirectory(directories, base, options == null ? null : options.getString("working_directory"));
        FileSpan at = new FileSpan(path, scalar.span());
        if (kind.equals("python_file")) {
            List<String> bases = new ArrayList<>(List.of(base));
            bases.addAll(directories);
            out.add(new Entry(null, filePaths(scalar.value(), bases), List.copyOf(directories), at,
                    "workspace python_file", false));
        } else {
            out.add(new Entry(scalar.value().strip(), List.of(), List.copyOf(directories), at,
                    "workspace " + (kind.equals("python_package") ? "package_name" : "module_name"), false));
        }
    }

    /** A dagster_cloud.yaml location: {@code code_source} names it, relative to its working or build directory. */
    private static void readCloudLocation(String path, String base, YamlNode.Mapping location,
                                          YamlNode.Mapping source, List<Entry> out) {
        List<String> directories = new ArrayList<>();
        addDirectory(directories, base, location.getString("working_directory"));
        if (location.get("build") instanceof YamlNode.Mapping build) {
            addDirectory(directories, base, build.getString("directory"));
        }
        for (String key : List.of("module_name", "package_name", "python_file")) {
            if (!(source.get(key) instanceof YamlNode.Scalar scalar) || scalar.value() == null
                    || scalar.value().isBlank()) {
                continue;
            }
            FileSpan at = new FileSpan(path, scalar.span());
            if (key.equals("python_file")) {
                List<String> bases = new ArrayList<>(directories);
                bases.add(base);
                out.add(new Entry(null, filePaths(scalar.value(), bases), List.copyOf(directories), at,
                        "dagster_cloud.yaml python_file", false));
            } else {
                out.add(new Entry(scalar.value().strip(), List.of(), List.copyOf(directories), at,
                        "dagster_cloud.yaml " + key, false));
            }
        }
    }

    /**
     * {@code [tool.dagster] module_name} (a string or a list) and {@code [tool.dg.project]
     * code_location_target_module} name modules of the project they are in.
     */
    private static void readPyproject(ParsedFile file, List<Entry> out) {
        TomlDocument toml = file.toml();
        String single = toml.getString("tool.dagster.module_name");
        if (single != null) {
            out.add(new Entry(single.strip(), List.of(), List.of(), at(file, "tool.dagster.module_name"),
                    "[tool.dagster] module_name", true));
        }
        for (TomlDocument.Located module : toml.stringsOf("tool.dagster.module_name")) {
            out.add(new Entry(module.value().strip(), List.of(), List.of(), new FileSpan(file.path(), module.span()),
                    "[tool.dagster] module_name", true));
        }
        String target = toml.getString("tool.dg.project.code_location_target_module");
        if (target != null) {
            out.add(new Entry(target.strip(), List.of(), List.of(),
                    at(file, "tool.dg.project.code_location_target_module"),
                    "[tool.dg.project] code_location_target_module", true));
        }
    }

    private static FileSpan at(ParsedFile file, String key) {
        Span span = file.toml().spanOf(key);
        return new FileSpan(file.path(), span != null ? span : Span.point(1, 1));
    }

    /** An absolute directory is a path inside the deployed image, not in the checked tree. */
    private static void addDirectory(List<String> directories, String base, String directory) {
        if (directory != null && !directory.isBlank() && !isAbsolute(directory)) {
            directories.add(normalise(base, directory));
        }
    }

    private static boolean isAbsolute(String path) {
        return path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:[\\\\/].*");
    }

    private static List<String> filePaths(String relative, List<String> directories) {
        List<String> out = new ArrayList<>();
        if (isAbsolute(relative)) {
            return out;
        }
        for (String directory : directories) {
            String candidate = normalise(directory, relative);
            if (!out.contains(candidate)) {
                out.add(candidate);
            }
        }
        return List.copyOf(out);
    }

    private static String folderOf(String path) {
        return path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
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

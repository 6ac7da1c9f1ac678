package io.loclint.engine.model;

import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.ParsedFile;
import io.loclint.engine.model.images.Images;
import io.loclint.grammar.Span;
import io.loclint.grammar.python.PyFile;
import io.loclint.grammar.python.PyImport;
import io.loclint.grammar.toml.TomlDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Turns parsed files into the model: code locations, their modules, and the Dagster facts resolved across them. */
public final class ModelBuilder {
    private static final Set<String> TEST_DIRECTORIES = Set.of("tests", "test");
    private static final List<String> MARKER_PREFERENCE = List.of("pyproject.toml", "setup.py", "setup.cfg");
    private static final Set<String> NOT_PACKAGES = Set.of("tests", "test", "docs", "scripts", "examples", "bench",
            "benchmarks", "tools", "ci");

    private ModelBuilder() {
    }

    /**
     * @param locationMarkers the pyproject.toml, setup.py and setup.cfg files found; their folders, and those a
     *                        workspace file lists, are candidates, and those that turn out to hold no Dagster code
     *                        and declare no Dagster dependency are not code locations
     */
    public static Project build(Path root, List<ParsedFile> files, List<String> locationMarkers) {
        Map<String, Workspace.Entry> listed = new LinkedHashMap<>();
        for (ParsedFile file : files) {
            if (file.kind() == FileKind.YAML && Workspace.isWorkspaceFile(file.path())) {
                for (Workspace.Entry entry : Workspace.entries(file)) {
                    listed.putIfAbsent(entry.directory(), entry);
                }
            }
        }
        Map<String, String> markerByDirectory = new HashMap<>();
        for (String marker : locationMarkers) {
            int slash = marker.lastIndexOf('/');
            markerByDirectory.merge(slash < 0 ? "" : marker.substring(0, slash), marker, ModelBuilder::preferredMarker);
        }
        Set<String> all = new TreeSet<>(markerByDirectory.keySet());
        all.addAll(listed.keySet());
        List<String> locationDirectories = List.copyOf(all);
        Map<String, List<ParsedFile>> byCandidate = new LinkedHashMap<>();
        Set<String> candidates = new HashSet<>(locationDirectories);
        for (ParsedFile file : files) {
            String owner = owner(file.path(), candidates);
            if (owner != null) {
                byCandidate.computeIfAbsent(owner, k -> new ArrayList<>()).add(file);
            }
        }
        List<String> selected = new ArrayList<>();
        for (String dir : locationDirectories) {
            if (listed.containsKey(dir) || isCodeLocation(byCandidate.getOrDefault(dir, List.of()))) {
                selected.add(dir);
            }
        }
        // locations are independent of each other: build them on all cores
        List<CodeLocation> locations = new ArrayList<>(selected.parallelStream()
                .map(dir -> buildLocation(dir, markerByDirectory.get(dir), byCandidate.getOrDefault(dir, List.of()),
                        listed.get(dir)))
                .toList());
        locations.sort(Comparator.comparing(CodeLocation::directory));
        Dependencies.linkAcrossLocations(locations, files);
        return new Project(root, List.copyOf(locations), List.copyOf(files),
                Images.of(files));
    }

    /** pyproject.toml names the project; setup.py is what setuptools runs; setup.cfg only configures it. */
    private static String preferredMarker(String a, String b) {
        return MARKER_PREFERENCE.indexOf(fileName(a)) <= MARKER_PREFERENCE.indexOf(fileName(b)) ? a : b;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The deepest candidate folder holding the path ("" is the root), or null. */
    private static String owner(String path, Set<String> candidates) {
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            String dir = path.substring(0, slash);
            if (candidates.contains(dir)) {
                return dir;
            }
        }
        return candidates.contains("") ? "" : null;
    }

    /** Dagster code, or a declared Dagster dependency, makes a folder a code location rather than a tool config. */
    private static boolean isCodeLocation(List<ParsedFile> owned) {
        for (ParsedFile file : owned) {
            PyFile py = file.python();
            if (py != null) {
                for (PyImport i : py.imports()) {
                    if (i.level() == 0 && (i.module().equals("dagster") || i.module().startsWith("dagster."))) {
                        return true;
                    }
                }
            }
            if (file.kind() == FileKind.PYPROJECT && file.toml() != null && file.toml().parsed()) {
                for (var dependency : file.toml().stringsOf("project.dependencies")) {
                    if (Requirement.distributionName(dependency.value()).equals("dagster")) {
                        return true;
                    }
                }
            }
            if (file.kind() == FileKind.PYPROJECT && file.toml() != null && file.toml().getTable("tool.dagster") != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param marker    the location's preferred marker file, or null when only a workspace file lists the folder
     * @param workspace the workspace file's entry for the folder, or null
     */
    private static CodeLocation buildLocation(String dir, String marker, List<ParsedFile> owned,
                                              Workspace.Entry workspace) {
        String prefix = dir.isEmpty() ? "" : dir + "/";
        ParsedFile pyproject = owned.stream()
                .filter(f -> f.kind() == FileKind.PYPROJECT && f.path().equals(prefix + "pyproject.toml"))
                .findFirst().orElse(null);
        CodeLocation location = new CodeLocation(dir, pyproject,
                marker != null ? new FileSpan(marker, Span.point(1, 1)) : workspace.listedAt());
        if (pyproject != null && pyproject.toml() != null) {
            TomlDocument toml = pyproject.toml();
            location.setProjectName(toml.getString("project.name"));
            String declared = toml.getString("tool.dagster.module_name");
            if (declared != null) {
                Span span = toml.spanOf("tool.dagster.module_name");
                location.setDeclaredModule(declared, new FileSpan(pyproject.path(),
                        span != null ? span : Span.point(1, 1)));
            }
        }
        if (location.declaredModule() == null && workspace != null && workspace.module() != null) {
            location.setDeclaredModule(workspace.module(), workspace.moduleAt());
        }
        boolean srcLayout = owned.stream().anyMatch(f -> f.kind() == FileKind.PYTHON
                && f.path().startsWith(prefix + "src/"));
        for (ParsedFile file : owned) {
            location.addFile(file);
            if (file.kind() != FileKind.PYTHON || file.python() == null) {
                continue;
            }
            String local = file.path().substring(prefix.length());
            boolean test = isTest(local);
            String moduleRelative = srcLayout && local.startsWith("src/") ? local.substring(4) : local;
            String qualified = moduleName(moduleRelative);
            if (qualified == null) {
                continue;
            }
            boolean isPackage = moduleRelative.endsWith("__init__.py");
            if (!test) {
                String top = qualified.contains(".") ? qualified.substring(0, qualified.indexOf('.')) : qualified;
                boolean underSourceRoot = !srcLayout || local.startsWith("src/");
                if (underSourceRoot && !NOT_PACKAGES.contains(top) && (isPackage || qualified.contains("."))) {
                    location.addPackage(top);
                }
            }
            PythonModule module = new PythonModule(file, qualified, isPackage, test,
                    Bindings.of(file.python(), qualified, isPackage));
            location.addModule(module);
        }
        Map<DagsterDefinition, DagsterExtractor.Derived> derived = new IdentityHashMap<>();
        for (PythonModule module : location.modules().values()) {
            DagsterExtractor.extract(module, location, derived);
        }
        resolveDerivedNames(location, derived);
        location.setGraph(GraphBuilder.build(location));
        location.setDependencies(Dependencies.of(location));
        return location;
    }

    static boolean isTest(String localPath) {
        String first = localPath.contains("/") ? localPath.substring(0, localPath.indexOf('/')) : "";
        String name = localPath.substring(localPath.lastIndexOf('/') + 1);
        return TEST_DIRECTORIES.contains(first) || localPath.contains("/tests/") || name.startsWith("test_")
                || name.endsWith("_test.py") || name.equals("conftest.py");
    }

    /** {@code a/b/c.py} to {@code a.b.c}, {@code a/b/__init__.py} to {@code a.b}; null when not importable. */
    static String moduleName(String relative) {
        String withoutSuffix = relative.endsWith(".pyi") ? relative.substring(0, relative.length() - 4)
                : relative.substring(0, relative.length() - 3);
        if (withoutSuffix.equals("__init__")) {
            return null;
        }
        if (withoutSuffix.endsWith("/__init__")) {
            withoutSuffix = withoutSuffix.substring(0, withoutSuffix.length() - "/__init__".length());
        }
        return withoutSuffix.replace('/', '.');
    }

    /** Fills in names such as "the job's name + _schedule" from the definitions they refer to. */
    private static void resolveDerivedNames(CodeLocation location,
                                            Map<DagsterDefinition, DagsterExtractor.Derived> derived) {
        if (derived.isEmpty()) {
            return;
        }
        Map<String, DagsterDefinition> byBinding = new HashMap<>();
        for (DagsterDefinition d : location.definitions()) {
            if (d.qualifiedBinding() != null) {
                byBinding.putIfAbsent(d.qualifiedBinding(), d);
            }
        }
        List<DagsterDefinition> resolved = new ArrayList<>();
        for (DagsterDefinition d : location.definitions()) {
            String name = derivedName(d, location, byBinding, derived, 0);
            resolved.add(name == null ? d : new DagsterDefinition(d.kind(), name, d.nameSpan(), d.module(),
                    d.binding(), d.factory(), d.function(), d.call()));
        }
        location.replaceDefinitions(resolved);
    }

    /** The derived name, or null for definitions whose name is not derived. */
    private static String derivedName(DagsterDefinition d, CodeLocation location,
                                       Map<String, DagsterDefinition> byBinding,
                                       Map<DagsterDefinition, DagsterExtractor.Derived> derived, int depth) {
        DagsterExtractor.Derived derivation = derived.get(d);
        if (derivation == null) {
            return null;
        }
        String reference = derivation.reference();
        String base = reference.substring(reference.lastIndexOf('.') + 1);
        DagsterDefinition target = Symbols.find(location, Bindings.resolve(d.module(), reference), byBinding);
        if (target != null && depth < 8) {
            String targetName = derived.containsKey(target)
                    ? derivedName(target, location, byBinding, derived, depth + 1) : target.name();
            if (targetName != null) {
                base = targetName;
            }
        }
        return base + derivation.suffix();
    }
}

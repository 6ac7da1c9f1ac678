package io.loclint.engine.model;

import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.ParsedFile;
import io.loclint.engine.model.images.Images;
import io.loclint.grammar.Span;
import io.loclint.grammar.python.PyFile;
import io.loclint.grammar.python.PyImport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
     * A Python project that may be a code location.
     *
     * @param modulePaths qualified module name to the file's path, for finding the modules workspace entries name
     * @param packages    the top-level packages of its source (tests excluded), in path order
     */
    private record Candidate(String directory, String marker, List<ParsedFile> owned, PackageLayout layout,
                             Map<String, String> modulePaths, Set<String> packages) {}

    /**
     * @param locationMarkers the pyproject.toml, setup.py and setup.cfg files found: their folders are the projects,
     *                        and a project is a code location when its packages hold Dagster definitions or an entry
     *                        point a workspace file or pyproject.toml declaration names
     */
    public static Project build(Path root, List<ParsedFile> files, List<String> locationMarkers) {
        Map<String, String> markerByDirectory = new HashMap<>();
        for (String marker : locationMarkers) {
            int slash = marker.lastIndexOf('/');
            markerByDirectory.merge(slash < 0 ? "" : marker.substring(0, slash), marker, ModelBuilder::preferredMarker);
        }
        Set<String> directories = new TreeSet<>(markerByDirectory.keySet());
        Map<String, List<ParsedFile>> byCandidate = new LinkedHashMap<>();
        for (ParsedFile file : files) {
            String owner = owner(file.path(), directories);
            if (owner != null) {
                byCandidate.computeIfAbsent(owner, k -> new ArrayList<>()).add(file);
            }
        }
        // each project's layout reads only its own files: work them out on all cores
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        directories.parallelStream()
                .map(dir -> candidate(root, dir, markerByDirectory, byCandidate.getOrDefault(dir, List.of())))
                .toList()
                .forEach(c -> candidates.put(c.directory(), c));
        Map<String, List<DeclaredEntryPoint>> declared = declaredEntryPoints(Workspace.entries(files), candidates,
                files);
        List<Candidate> selected = candidates.values().stream()
                .filter(c -> declared.containsKey(c.directory()) || mayHoldDagsterCode(c.owned()))
                .toList();
        // locations are independent of each other: build them on all cores
        List<CodeLocation> locations = new ArrayList<>(selected.parallelStream()
                .map(c -> buildLocation(c, declared.getOrDefault(c.directory(), List.of())))
                .filter(location -> !location.declaredEntryPoints().isEmpty() || holdsDagsterDefinitions(location))
                .toList());
        locations.sort(Comparator.comparing(CodeLocation::directory));
        List<Dependencies.LocalProject> projects = candidates.values().stream()
                .map(c -> new Dependencies.LocalProject(c.directory(), projectName(pyprojectOf(c)),
                        List.copyOf(c.packages())))
                .toList();
        Dependencies.linkAcrossLocations(locations, projects, files);
        return new Project(root, List.copyOf(locations), List.copyOf(files),
                Images.of(files));
    }

    private static Candidate candidate(Path root, String dir, Map<String, String> markerByDirectory,
                                       List<ParsedFile> owned) {
        String prefix = dir.isEmpty() ? "" : dir + "/";
        ParsedFile pyproject = null;
        ParsedFile setupPy = null;
        ParsedFile setupCfg = null;
        List<ParsedFile> python = new ArrayList<>();
        for (ParsedFile file : owned) {
            String local = file.path().substring(prefix.length());
            if (file.kind() == FileKind.PYPROJECT && local.equals("pyproject.toml")) {
                pyproject = file;
            } else if (file.kind() == FileKind.SETUP_CFG && local.equals("setup.cfg")) {
                setupCfg = file;
            } else if (file.kind() == FileKind.PYTHON && file.python() != null) {
                python.add(file);
                if (local.equals("setup.py")) {
                    setupPy = file;
                }
            }
        }
        String folderName = dir.isEmpty() ? folderName(root) : dir.substring(dir.lastIndexOf('/') + 1);
        PackageLayout layout = PackageLayout.of(folderName, prefix, pyproject, setupPy, setupCfg, python);
        Map<String, String> modulePaths = new HashMap<>();
        Set<String> packages = new LinkedHashSet<>();
        for (ParsedFile file : python) {
            String local = file.path().substring(prefix.length());
            String qualified = layout.qualifiedName(local);
            if (qualified == null) {
                continue;
            }
            modulePaths.putIfAbsent(qualified, file.path());
            if (!isTest(local)) {
                String top = qualified.contains(".") ? qualified.substring(0, qualified.indexOf('.')) : qualified;
                boolean isPackage = local.endsWith("__init__.py") || local.endsWith("__init__.pyi");
                if (layout.declaredPackages().contains(top)
                        || !layout.listsEveryPackage() && layout.inSourceRoot(local) && !NOT_PACKAGES.contains(top)
                        && (isPackage || qualified.contains("."))) {
                    packages.add(top);
                }
            }
        }
        return new Candidate(dir, markerByDirectory.get(dir), owned, layout, modulePaths, packages);
    }

    private static String folderName(Path root) {
        Path name = root.toAbsolutePath().normalize().getFileName();
        return name == null ? null : name.toString();
    }

    /**
     * Each entry attaches to the project holding the module or file it names, and a pyproject.toml declaration to
     * its own project; one naming what no project holds attaches to the project holding the module's top-level
     * package, or to the project at its working directory, and otherwise to none (the module may come from an
     * installed distribution).
     */
    private static Map<String, List<DeclaredEntryPoint>> declaredEntryPoints(List<Workspace.Entry> entries,
                                                                             Map<String, Candidate> candidates,
                                                                             List<ParsedFile> files) {
        Set<String> paths = new HashSet<>();
        for (ParsedFile file : files) {
            paths.add(file.path());
        }
        Map<String, List<DeclaredEntryPoint>> out = new HashMap<>();
        for (Workspace.Entry entry : entries) {
            Candidate holder = null;
            String module = null;
            String named = entry.module();
            if (entry.module() == null) {
                named = entry.filePaths().isEmpty() ? null : entry.filePaths().get(0);
                for (String path : entry.filePaths()) {
                    Candidate owner = candidates.get(owner(path, candidates.keySet()));
                    if (paths.contains(path) && owner != null) {
                        holder = owner;
                        module = owner.modulePaths().entrySet().stream()
                                .filter(e -> e.getValue().equals(path)).map(Map.Entry::getKey)
                                .findFirst().orElse(null);
                        named = path;
                        break;
                    }
                }
            } else if (entry.ownProject()) {
                // [tool.dagster] and [tool.dg] name a module of the very project they configure
                holder = candidates.get(folderOf(entry.declaredAt().path()));
                module = holder == null ? null : ownModule(holder, entry.module());
                String file = holder == null || module != null ? null : moduleFile(holder, entry.module(), paths);
                Candidate nested = file == null ? null : candidates.get(owner(file, candidates.keySet()));
                if (nested != null && nested != holder && within(nested.directory(), holder.directory())) {
                    holder = nested;
                    module = nested.modulePaths().entrySet().stream().filter(e -> e.getValue().equals(file))
                            .map(Map.Entry::getKey).findFirst().orElse(null);
                }
            } else {
                holder = holderOf(entry, candidates);
                module = holder == null ? null : entry.module();
            }
            if (holder == null) {
                holder = fallbackHolder(entry, candidates);
            }
            if (holder != null && named != null) {
                out.computeIfAbsent(holder.directory(), k -> new ArrayList<>()).add(
                        new DeclaredEntryPoint(named, module, entry.declaredAt(), entry.declaredBy()));
            }
        }
        return out;
    }

    /**
     * The qualified name of the module a project's own {@code [tool.dagster]} or {@code [tool.dg]} names, or null.
     * Dagster runs such a project from its folder, which is first on the path, so {@code a.b} is also the file
     * {@code a/b.py} there even when the build configuration gives that folder another package name
     * ({@code package-dir = {other = "a"}}).
     */
    private static String ownModule(Candidate project, String module) {
        if (project.modulePaths().containsKey(module)) {
            return module;
        }
        String base = (project.directory().isEmpty() ? "" : project.directory() + "/") + module.replace('.', '/');
        Set<String> files = Set.of(base + ".py", base + "/__init__.py");
        return project.modulePaths().entrySet().stream().filter(e -> files.contains(e.getValue()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /**
     * The file, {@code a/b/c.py} or {@code a/b/c/__init__.py} in the project's folder, that holds a module its own
     * configuration names. Dagster imports the module from that folder, and a folder on the way without an
     * {@code __init__.py} is a namespace package, so the module is there even when a setup.py further down makes
     * its folder a project of its own (which then holds the declaration). Null when there is no such file.
     */
    private static String moduleFile(Candidate project, String module, Set<String> paths) {
        String base = (project.directory().isEmpty() ? "" : project.directory() + "/") + module.replace('.', '/');
        return paths.contains(base + ".py") ? base + ".py"
                : paths.contains(base + "/__init__.py") ? base + "/__init__.py" : null;
    }

    /** The project holding the module, the one at or around the entry's own folders first. */
    private static Candidate holderOf(Workspace.Entry entry, Map<String, Candidate> candidates) {
        List<Candidate> holders = candidates.values().stream()
                .filter(c -> c.modulePaths().containsKey(entry.module())).toList();
        if (holders.size() <= 1) {
            return holders.isEmpty() ? null : holders.get(0);
        }
        List<String> near = new ArrayList<>(entry.directories());
        near.add(folderOf(entry.declaredAt().path()));
        for (String directory : near) {
            for (Candidate c : holders) {
                if (within(c.directory(), directory) || within(directory, c.directory())) {
                    return c;
                }
            }
        }
        return holders.get(0);
    }

    private static Candidate fallbackHolder(Workspace.Entry entry, Map<String, Candidate> candidates) {
        if (entry.module() != null) {
            String top = entry.module().split("\\.", 2)[0];
            for (Candidate c : candidates.values()) {
                if (c.packages().contains(top)) {
                    return c;
                }
            }
        }
        for (String directory : entry.directories()) {
            if (candidates.containsKey(directory)) {
                return candidates.get(directory);
            }
        }
        return null;
    }

    /** Whether {@code inner} is {@code outer} or a folder below it. */
    private static boolean within(String inner, String outer) {
        return outer.isEmpty() || inner.equals(outer) || inner.startsWith(outer + "/");
    }

    private static String folderOf(String path) {
        return path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
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

    /**
     * Dagster code, or a declared Dagster dependency, is worth building a project for; whether it is a code
     * location is known once its definitions are.
     */
    private static boolean mayHoldDagsterCode(List<ParsedFile> owned) {
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
        }
        return false;
    }

    /**
     * A project whose packages define no Dagster definition and no entry point, and that no declaration names, is a
     * library (shared helpers, resources), not a code location; definitions only its tests hold do not count.
     */
    private static boolean holdsDagsterDefinitions(CodeLocation location) {
        return location.definitions().stream().anyMatch(d -> !d.module().test())
                || location.entryPoints().stream().anyMatch(e -> !e.module().test());
    }

    private static CodeLocation buildLocation(Candidate candidate, List<DeclaredEntryPoint> declared) {
        String dir = candidate.directory();
        String prefix = dir.isEmpty() ? "" : dir + "/";
        List<ParsedFile> owned = candidate.owned();
        ParsedFile pyproject = pyprojectOf(candidate);
        CodeLocation location = new CodeLocation(dir, pyproject, new FileSpan(candidate.marker(), Span.point(1, 1)));
        location.setProjectName(projectName(pyproject));
        location.addDeclaredEntryPoints(declared);
        candidate.packages().forEach(location::addPackage);
        PackageLayout layout = candidate.layout();
        Map<ParsedFile, String> qualifiedNames = new LinkedHashMap<>();
        for (ParsedFile file : owned) {
            location.addFile(file);
            String qualified = file.kind() != FileKind.PYTHON || file.python() == null ? null
                    : layout.qualifiedName(file.path().substring(prefix.length()));
            if (qualified != null) {
                qualifiedNames.put(file, qualified);
            }
        }
        Set<String> moduleNames = new HashSet<>(qualifiedNames.values());
        Set<String> packageNames = new HashSet<>();
        for (String qualified : moduleNames) {
            for (int dot = qualified.indexOf('.'); dot > 0; dot = qualified.indexOf('.', dot + 1)) {
                packageNames.add(qualified.substring(0, dot));
            }
        }
        for (Map.Entry<ParsedFile, String> entry : qualifiedNames.entrySet()) {
            ParsedFile file = entry.getKey();
            String qualified = entry.getValue();
            String local = file.path().substring(prefix.length());
            boolean isPackage = local.endsWith("__init__.py") || local.endsWith("__init__.pyi");
            PythonModule module = new PythonModule(file, qualified, isPackage, isTest(local),
                    Bindings.of(file.python(), qualified, isPackage,
                            imported -> sourceRoot(imported, qualified, packageNames, moduleNames)));
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

    /**
     * The plain folder an absolute import is read from when its top package is not one of the location's but sits
     * in a folder above the importer: a project whose {@code week_2/} and {@code week_3/} each hold a
     * {@code workspaces} package, each run with its own folder on {@code sys.path}. The nearest such folder wins;
     * "" when the import needs none. Only folders without an {@code __init__.py} are taken as source roots, so a
     * package's own module never shadows a distribution of the same name.
     */
    private static String sourceRoot(String imported, String importer, Set<String> packageNames,
                                     Set<String> moduleNames) {
        String top = imported.contains(".") ? imported.substring(0, imported.indexOf('.')) : imported;
        if (packageNames.contains(top) || moduleNames.contains(top)) {
            return "";
        }
        for (int dot = importer.lastIndexOf('.'); dot > 0; dot = importer.lastIndexOf('.', dot - 1)) {
            String folder = importer.substring(0, dot);
            if (packageNames.contains(folder + "." + top) && !moduleNames.contains(folder)) {
                return folder;
            }
        }
        return "";
    }

    /** The project's own pyproject.toml, or null. */
    private static ParsedFile pyprojectOf(Candidate candidate) {
        String prefix = candidate.directory().isEmpty() ? "" : candidate.directory() + "/";
        return candidate.owned().stream()
                .filter(f -> f.kind() == FileKind.PYPROJECT && f.path().equals(prefix + "pyproject.toml"))
                .findFirst().orElse(null);
    }

    /** {@code [project] name}, or null. */
    private static String projectName(ParsedFile pyproject) {
        return pyproject == null || pyproject.toml() == null ? null : pyproject.toml().getString("project.name");
    }

    static boolean isTest(String localPath) {
        String first = localPath.contains("/") ? localPath.substring(0, localPath.indexOf('/')) : "";
        String name = localPath.substring(localPath.lastIndexOf('/') + 1);
        return TEST_DIRECTORIES.contains(first) || localPath.contains("/tests/") || name.startsWith("test_")
                || name.endsWith("_test.py") || name.equals("conftest.py");
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

    /** The derived name; null for definitions whose name is not derived, or derived from a name not known. */
    private static String derivedName(DagsterDefinition d, CodeLocation location,
                                       Map<String, DagsterDefinition> byBinding,
                                       Map<DagsterDefinition, DagsterExtractor.Derived> derived, int depth) {
        DagsterExtractor.Derived derivation = derived.get(d);
        if (derivation == null) {
            return null;
        }
        DagsterDefinition target = Symbols.find(location, Bindings.resolve(d.module(), derivation.reference()),
                byBinding);
        if (target == null || depth >= 8) {
            // a job built at run time or outside the location: the variable's name is not the job's
            return null;
        }
        String targetName = derived.containsKey(target)
                ? derivedName(target, location, byBinding, derived, depth + 1) : target.name();
        return targetName == null ? null : targetName + derivation.suffix();
    }
}

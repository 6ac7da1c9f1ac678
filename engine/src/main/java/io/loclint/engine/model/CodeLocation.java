package io.loclint.engine.model;

import io.loclint.engine.files.ParsedFile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One code location: a Python project (a folder with {@code pyproject.toml}/{@code setup.py}/{@code setup.cfg})
 * whose packages hold Dagster definitions or an entry point a workspace file names, its Python modules (source and
 * tests) under the names Python gives them, its other files, and the Dagster facts resolved across its modules.
 *
 * @see ModelBuilder
 */
public final class CodeLocation {
    private final String directory;
    private final ParsedFile pyproject;
    private final FileSpan marker;
    private final List<ParsedFile> files = new ArrayList<>();
    private final Map<String, PythonModule> modules = new LinkedHashMap<>();
    private final Set<String> topLevelModules = new HashSet<>();
    private final List<String> packages = new ArrayList<>();
    private final List<DagsterDefinition> definitions = new ArrayList<>();
    private final List<EntryPoint> entryPoints = new ArrayList<>();
    private DefinitionsGraph graph;
    private Dependencies dependencies;
    private String projectName;
    private final List<DeclaredEntryPoint> declaredEntryPoints = new ArrayList<>();

    CodeLocation(String directory, ParsedFile pyproject, FileSpan marker) {
        this.directory = directory;
        this.pyproject = pyproject;
        this.marker = marker;
    }

    /** Relative to the run's root; "" when the root itself is the location. */
    public String directory() {
        return directory;
    }

    /** pyproject.toml when the location has one (it may be a setup.py/setup.cfg location). */
    public ParsedFile pyproject() {
        return pyproject;
    }

    /**
     * The file that makes the folder a Python project, at line 1: its pyproject.toml, else its setup.py, else its
     * setup.cfg.
     */
    public FileSpan marker() {
        return marker;
    }

    /** {@code [project] name}, or null. */
    public String projectName() {
        return projectName;
    }

    /**
     * The entry points that workspace files and pyproject.toml declarations name in this location, in the order
     * of their files; empty when none does and a loader has to discover the entry point.
     */
    public List<DeclaredEntryPoint> declaredEntryPoints() {
        return Collections.unmodifiableList(declaredEntryPoints);
    }

    public List<ParsedFile> files() {
        return Collections.unmodifiableList(files);
    }

    public Map<String, PythonModule> modules() {
        return Collections.unmodifiableMap(modules);
    }

    /** Top-level packages of the location's source (tests excluded), in path order. */
    public List<String> packages() {
        return Collections.unmodifiableList(packages);
    }

    public List<DagsterDefinition> definitions() {
        return Collections.unmodifiableList(definitions);
    }

    public List<EntryPoint> entryPoints() {
        return Collections.unmodifiableList(entryPoints);
    }

    /** How the location's definitions register, use, target and test each other. */
    public DefinitionsGraph graph() {
        return graph;
    }

    /** What the location declares it depends on. */
    public Dependencies dependencies() {
        return dependencies;
    }

    void setDependencies(Dependencies dependencies) {
        this.dependencies = dependencies;
    }

    void setGraph(DefinitionsGraph graph) {
        this.graph = graph;
    }

    public String displayName() {
        return directory.isEmpty() ? "." : directory;
    }

    void addFile(ParsedFile file) {
        files.add(file);
    }

    void addModule(PythonModule module) {
        modules.put(module.qualifiedName(), module);
        String name = module.qualifiedName();
        topLevelModules.add(name.contains(".") ? name.substring(0, name.indexOf('.')) : name);
    }

    /** Whether one of the location's modules, tests included, is or sits in the top-level package {@code name}. */
    boolean hasTopLevelModule(String name) {
        return topLevelModules.contains(name);
    }

    void addPackage(String name) {
        if (!packages.contains(name)) {
            packages.add(name);
        }
    }

    void addDefinition(DagsterDefinition definition) {
        definitions.add(definition);
    }

    void addEntryPoint(EntryPoint entryPoint) {
        entryPoints.add(entryPoint);
    }

    void setProjectName(String projectName) {
        this.projectName = projectName;
    }

    void addDeclaredEntryPoints(List<DeclaredEntryPoint> declared) {
        declaredEntryPoints.addAll(declared);
    }

    void replaceDefinitions(List<DagsterDefinition> resolved) {
        definitions.clear();
        definitions.addAll(resolved);
    }
}

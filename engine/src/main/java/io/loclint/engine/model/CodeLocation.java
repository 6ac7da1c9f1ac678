package io.loclint.engine.model;

import io.loclint.engine.files.ParsedFile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One code location: a folder with {@code pyproject.toml}/{@code setup.py}/{@code setup.cfg}, its Python modules
 * (source and tests), its other files, and the Dagster facts resolved across its modules.
 *
 * @see ModelBuilder
 */
public final class CodeLocation {
    private final String directory;
    private final ParsedFile pyproject;
    private final FileSpan marker;
    private final List<ParsedFile> files = new ArrayList<>();
    private final Map<String, PythonModule> modules = new LinkedHashMap<>();
    private final List<String> packages = new ArrayList<>();
    private final List<DagsterDefinition> definitions = new ArrayList<>();
    private final List<EntryPoint> entryPoints = new ArrayList<>();
    private DefinitionsGraph graph;
    private Dependencies dependencies;
    private String projectName;
    private String declaredModule;
    private FileSpan declaredModuleAt;

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
     * The file that made the folder a code location, which exists: its pyproject.toml, else its setup.py, else its
     * setup.cfg (all at line 1), else the workspace file's entry listing the folder.
     */
    public FileSpan marker() {
        return marker;
    }

    /** {@code [project] name}, or null. */
    public String projectName() {
        return projectName;
    }

    /** The module a loader is told to load ({@code [tool.dagster] module_name}), or null. */
    public String declaredModule() {
        return declaredModule;
    }

    /** Where {@link #declaredModule()} is declared: pyproject.toml's {@code [tool.dagster]} or a workspace file. */
    public FileSpan declaredModuleAt() {
        return declaredModuleAt;
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

    void setDeclaredModule(String declaredModule, FileSpan declaredAt) {
        this.declaredModule = declaredModule;
        this.declaredModuleAt = declaredAt;
    }

    void replaceDefinitions(List<DagsterDefinition> resolved) {
        definitions.clear();
        definitions.addAll(resolved);
    }
}

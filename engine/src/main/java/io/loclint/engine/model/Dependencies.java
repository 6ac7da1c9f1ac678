package io.loclint.engine.model;

import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.ParsedFile;
import io.loclint.grammar.Span;
import io.loclint.grammar.python.PyAssignment;
import io.loclint.grammar.python.PyCall;
import io.loclint.grammar.python.PyExpr;
import io.loclint.grammar.requirements.RequirementLine;
import io.loclint.grammar.toml.TomlDocument;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.google.re2j.Matcher;
import io.loclint.engine.config.Glob;
import com.google.re2j.Pattern;

/**
 * What a code location declares it depends on, read without running anything from: pyproject.toml
 * ({@code [project]} dependencies and optional dependencies, {@code [dependency-groups]}, {@code [tool.uv.sources]},
 * poetry's dependencies, dev-dependencies and groups, pixi's dependencies), {@code requirements*.txt} (following {@code -r} includes),
 * {@code setup.py}'s literal {@code install_requires}/{@code extras_require}/{@code dependency_links} and
 * {@code setup.cfg}'s {@code [options]}.
 *
 * @param declaresAny    whether any of those places declares a dependency list at all
 * @param unreadable     why the declaration cannot be read with certainty (a computed {@code install_requires}, an
 *                       include that is not there ...); empty when it can
 * @param localSources   distributions installed from a folder of the checked tree ({@code path}/{@code workspace}
 *                       sources), by normalised name, with that folder relative to the run's root ("" when only a
 *                       workspace names it); a requirements file's path line, whose distribution is not named, by
 *                       the folder itself
 * @param localPackages  top-level packages of the other projects of the checked tree (code locations or libraries)
 *                       that this one depends on, by distribution
 */
public record Dependencies(List<Dependency> declared, List<GitSource> gitSources, boolean declaresAny,
                           List<Unreadable> unreadable, Map<String, String> localSources,
                           Map<String, List<String>> localPackages) {
    /** {@code git+URL@ref} inside a PEP 508 requirement or a requirements line; group 1 URL, group 2 ref. */
    private static final Pattern GIT_URL = Pattern.compile("git\\+([^\\s#;]+?)(?:@([^@/\\s#;]+))?(?:$|[\\s#;])");
    private static final Pattern EGG = Pattern.compile("#egg=([A-Za-z0-9_.-]+)");
    /** Backends whose dependencies are PEP 621's, poetry's, or setuptools' (setup.py, setup.cfg). */
    private static final Set<String> KNOWN_BACKENDS = Set.of("setuptools.build_meta",
            "setuptools.build_meta:__legacy__", "poetry.core.masonry.api", "poetry.masonry.api", "hatchling.build",
            "flit_core.buildapi", "flit.buildapi", "pdm.backend", "pdm.pep517.api", "uv_build", "maturin",
            "scikit_build_core.build", "mesonpy");

    /** A place whose dependencies loclint cannot read for sure, and why. */
    public record Unreadable(String path, String reason) {}

    /** Everything the location declares, and the other locations' packages its local sources provide. */
    public Dependencies withLocalPackages(Map<String, List<String>> packages) {
        return new Dependencies(declared, gitSources, declaresAny, unreadable, localSources, Map.copyOf(packages));
    }

    static Dependencies of(CodeLocation location) {
        Reader reader = new Reader(location.directory(), location.pyproject(), location.files(), location.modules());
        reader.read();
        return reader.result();
    }

    /** This location's declarations together with those of the uv workspace it is a member of. */
    private Dependencies withWorkspace(Dependencies root) {
        List<Dependency> allDeclared = new ArrayList<>(declared);
        allDeclared.addAll(root.declared());
        Map<String, String> allLocal = new LinkedHashMap<>(root.localSources());
        allLocal.putAll(localSources);
        return new Dependencies(List.copyOf(allDeclared), gitSources, declaresAny || root.declaresAny(),
                unreadable, Map.copyOf(allLocal), localPackages);
    }

    /**
     * A Python project of the checked tree, code location or not (a shared library): what a path source or a
     * workspace dependency on it installs.
     *
     * @param directory relative to the run's root
     * @param name      its {@code [project] name}, or null
     * @param packages  its top-level packages
     */
    record LocalProject(String directory, String name, List<String> packages) {}

    /**
     * Completes each location's dependencies with what lies outside its folder: the declarations of the uv workspace
     * root that lists it as a member (its environment is the workspace's), and the packages of the other projects it
     * installs from the checked tree, through a path source pointing at a project's folder or a dependency named
     * like a project (workspace members); those projects may be code locations or libraries.
     */
    static void linkAcrossLocations(List<CodeLocation> locations, List<LocalProject> projects, List<ParsedFile> files) {
        for (ParsedFile file : files) {
            if (file.kind() != FileKind.PYPROJECT || file.toml() == null
                    || file.toml().getArray("tool.uv.workspace.members") == null) {
                continue;
            }
            String directory = file.path().contains("/") ? file.path().substring(0, file.path().lastIndexOf('/')) : "";
            Dependencies root = null;
            for (CodeLocation location : locations) {
                if (isMember(file.toml(), directory, location.directory())) {
                    if (root == null) {
                        Reader reader = new Reader(directory, file, List.of(), Map.of());
                        reader.read();
                        root = reader.result();
                    }
                    location.setDependencies(location.dependencies().withWorkspace(root));
                }
            }
        }
        linkLocalPackages(locations, projects);
    }

    /** Whether a workspace's {@code members} globs (less its {@code exclude}) match a folder below it. */
    private static boolean isMember(TomlDocument workspace, String workspaceDirectory, String directory) {
        String prefix = workspaceDirectory.isEmpty() ? "" : workspaceDirectory + "/";
        if (directory.equals(workspaceDirectory) || !directory.startsWith(prefix)) {
            return false;
        }
        Path relative;
        try {
            relative = Path.of(directory.substring(prefix.length()));
        } catch (InvalidPathException e) {
            return false;
        }
        return matchesAny(workspace.getArray("tool.uv.workspace.members"), relative)
                && !matchesAny(workspace.getArray("tool.uv.workspace.exclude"), relative);
    }

    private static boolean matchesAny(TomlArray globs, Path relative) {
        if (globs == null) {
            return false;
        }
        for (Object glob : globs.toList()) {
            try {
                if (glob instanceof String pattern && !pattern.isBlank()
                        && Glob.compile(stripTrailingSlashes(pattern.strip())).matches(relative.toString())) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                // a glob uv would reject matches nothing
            }
        }
        return false;
    }

    private static String stripTrailingSlashes(String glob) {
        int end = glob.length();
        while (end > 0 && glob.charAt(end - 1) == '/') {
            end--;
        }
        return glob.substring(0, end);
    }

    private static void linkLocalPackages(List<CodeLocation> locations, List<LocalProject> projects) {
        Map<String, LocalProject> byDirectory = new HashMap<>();
        Map<String, LocalProject> byName = new HashMap<>();
        for (LocalProject project : projects) {
            byDirectory.put(project.directory(), project);
            if (project.name() != null) {
                byName.putIfAbsent(Requirement.normalise(project.name()), project);
            }
        }
        for (CodeLocation location : locations) {
            Dependencies dependencies = location.dependencies();
            Map<String, List<String>> packages = new LinkedHashMap<>();
            for (Map.Entry<String, String> source : dependencies.localSources().entrySet()) {
                LocalProject target = byDirectory.get(source.getValue());
                // a source installs the project of its own name: a workspace source's "" is no path to the root;
                // a requirements file's path line installs whatever project its folder holds
                if (target != null && !target.directory().equals(location.directory())
                        && (target.name() == null || Requirement.normalise(target.name()).equals(source.getKey())
                        || source.getKey().equals(source.getValue()))) {
                    packages.put(source.getKey(), target.packages());
                }
            }
            for (Dependency dependency : dependencies.declared()) {
                LocalProject target = byName.get(dependency.distribution());
                if (target != null && !target.directory().equals(location.directory())) {
                    packages.putIfAbsent(dependency.distribution(), target.packages());
                }
            }
            if (!packages.isEmpty()) {
                location.setDependencies(dependencies.withLocalPackages(packages));
            }
        }
    }

    /** One location's reading, gathered as it goes. */
    private static final class Reader {
        private final ParsedFile pyproject;
        private final List<ParsedFile> files;
        private final Map<String, PythonModule> modules;
        private final String prefix;
        private final Map<String, ParsedFile> requirementFiles = new HashMap<>();
        private final List<Dependency> declared = new ArrayList<>();
        private final List<GitSource> git = new ArrayList<>();
        private final List<Unreadable> unreadable = new ArrayList<>();
        private final Map<String, String> localSources = new LinkedHashMap<>();
        private final Set<String> requirementsRead = new HashSet<>();
        private boolean declaresAny;

        /**
         * @param pyproject the folder's pyproject.toml, or null
         * @param files     the files of the folder, pyproject.toml included
         * @param modules   its Python modules by qualified name
         */
        Reader(String directory, ParsedFile pyproject, List<ParsedFile> files, Map<String, PythonModule> modules) {
            this.pyproject = pyproject;
            this.files = files;
            this.modules = modules;
            this.prefix = directory.isEmpty() ? "" : directory + "/";
            for (ParsedFile file : files) {
                if (file.requirements() != null) {
                    requirementFiles.put(file.path(), file);
                }
            }
        }

        Dependencies result() {
            return new Dependencies(List.copyOf(declared), List.copyOf(git), declaresAny, List.copyOf(unreadable),
                    Map.copyOf(localSources), Map.of());
        }

        void read() {
            if (pyproject != null && pyproject.toml() != null && pyproject.toml().parsed()) {
                readPyproject(pyproject);
            }
            for (ParsedFile file : files) {
                if (file.requirements() != null) {
                    readRequirements(file);
                } else if (file.kind() == FileKind.SETUP_CFG && file.path().equals(prefix + "setup.cfg")
                        && file.text() != null) {
                    readSetupCfg(file);
                }
            }
            PythonModule setup = setupPy();
            if (setup != null && setup.facts() != null) {
                readSetupPy(setup);
            }
        }

        /** Found by its path: where the project folder is itself the package, the module is {@code pkg.setup}. */
        private PythonModule setupPy() {
            for (PythonModule module : modules.values()) {
                if (module.path().equals(prefix + "setup.py")) {
                    return module;
                }
            }
            return null;
        }

        private void readPyproject(ParsedFile file) {
            TomlDocument toml = file.toml();
            TomlTable project = toml.getTable("project");
            boolean pep621 = project != null && project.get("dependencies") instanceof TomlArray;
            declaresAny |= pep621;
            addRequirements(file, toml.stringsOf("project.dependencies"));
            TomlTable optional = toml.getTable("project.optional-dependencies");
            if (optional != null) {
                for (String group : optional.keySet()) {
                    addRequirements(file, toml.stringsOf(List.of("project", "optional-dependencies", group)));
                }
            }
            TomlTable groups = toml.getTable("dependency-groups");
            if (groups != null) {
                declaresAny = true;
                for (String group : groups.keySet()) {
                    addRequirements(file, toml.stringsOf(List.of("dependency-groups", group)));
                }
            }
            addRequirements(file, toml.stringsOf("tool.uv.dev-dependencies"));
            readUvSources(file);
            readPoetry(file);
            readPixi(file);
            TomlArray dynamic = project == null ? null : toml.getArray("project.dynamic");
            if (dynamic != null && dynamic.toList().contains("dependencies")) {
                readDynamic(file);
            }
            String backend = toml.getString("build-system.build-backend");
            if (backend != null && !KNOWN_BACKENDS.contains(backend) && !pep621) {
                unreadable.add(new Unreadable(file.path(), "its build backend '" + backend
                        + "' is not one whose dependency list loclint reads"));
            }
        }

        /** {@code dynamic = ["dependencies"]}: setuptools reads them from files, or from setup.py. */
        private void readDynamic(ParsedFile file) {
            TomlDocument toml = file.toml();
            TomlArray files = toml.getArray("tool.setuptools.dynamic.dependencies.file");
            String single = toml.getString("tool.setuptools.dynamic.dependencies.file");
            List<String> named = new ArrayList<>();
            if (files != null) {
                files.toList().stream().filter(String.class::isInstance).map(String.class::cast).forEach(named::add);
            } else if (single != null) {
                named.add(single);
            }
            if (!named.isEmpty()) {
                for (String name : named) {
                    readIncluded(file.path(), name);
                }
            } else if (setupPy() == null) {
                unreadable.add(new Unreadable(file.path(),
                        "it lists dependencies in [project] dynamic, computed by its build backend"));
            }
        }

        private void readUvSources(ParsedFile file) {
            TomlDocument toml = file.toml();
            TomlTable sources = toml.getTable("tool.uv.sources");
            if (sources == null) {
                return;
            }
            for (String name : sources.keySet()) {
                if (sources.get(List.of(name)) instanceof TomlTable source) {
                    Span span = toml.spanOf(List.of("tool", "uv", "sources", name));
                    readSource(file, name, source, span);
                }
            }
        }

        /** A uv source or a poetry dependency table: from Git, from a folder, or from the workspace. */
        private void readSource(ParsedFile file, String name, TomlTable source, Span span) {
            String distribution = Requirement.normalise(name);
            if (source.get("git") instanceof String url) {
                String kind = null;
                String ref = null;
                for (String candidate : List.of("tag", "rev", "branch")) {
                    if (source.get(candidate) instanceof String pinned) {
                        kind = candidate;
                        ref = pinned;
                        break;
                    }
                }
                git.add(new GitSource(distribution, url, kind, ref, file.path(), span != null ? span : Span.point(1, 1)));
            } else if (source.get("path") instanceof String path) {
                localSources.put(distribution, resolve(file.path(), path));
            } else if (Boolean.TRUE.equals(source.get("workspace"))) {
                localSources.putIfAbsent(distribution, "");
            }
        }

        /** {@code [tool.poetry.dependencies]}, {@code dev-dependencies} and every {@code group.*.dependencies}. */
        private void readPoetry(ParsedFile file) {
            TomlDocument toml = file.toml();
            List<List<String>> tables = new ArrayList<>();
            tables.add(List.of("tool", "poetry", "dependencies"));
            tables.add(List.of("tool", "poetry", "dev-dependencies"));
            TomlTable groups = toml.getTable("tool.poetry.group");
            if (groups != null) {
                for (String group : groups.keySet()) {
                    tables.add(List.of("tool", "poetry", "group", group, "dependencies"));
                }
            }
            readNamedTables(file, tables);
        }

        /**
         * pixi's {@code [tool.pixi.dependencies]} (conda packages, named as on PyPI for what a location imports),
         * {@code pypi-dependencies}, and both of every {@code feature.*} and {@code target.*}: pixi installs them all
         * into the environment the location runs in.
         */
        private void readPixi(ParsedFile file) {
            TomlDocument toml = file.toml();
            List<List<String>> owners = new ArrayList<>();
            owners.add(List.of("tool", "pixi"));
            for (String scope : List.of("feature", "target")) {
                TomlTable scoped = toml.getTable("tool.pixi." + scope);
                if (scoped != null) {
                    for (String name : scoped.keySet()) {
                        owners.add(List.of("tool", "pixi", scope, name));
                    }
                }
            }
            List<List<String>> tables = new ArrayList<>();
            for (List<String> owner : owners) {
                for (String kind : List.of("dependencies", "pypi-dependencies")) {
                    List<String> path = new ArrayList<>(owner);
                    path.add(kind);
                    tables.add(path);
                }
            }
            readNamedTables(file, tables);
        }

        /** Tables of distribution name to constraint, as poetry and pixi write them. */
        private void readNamedTables(ParsedFile file, List<List<String>> tables) {
            TomlDocument toml = file.toml();
            for (List<String> path : tables) {
                TomlTable table = table(toml, path);
                if (table == null) {
                    continue;
                }
                declaresAny = true;
                for (String name : table.keySet()) {
                    if (name.equals("python")) {
                        continue;
                    }
                    List<String> keyPath = new ArrayList<>(path);
                    keyPath.add(name);
                    Span span = toml.spanOf(keyPath);
                    Span at = span != null ? span : Span.point(1, 1);
                    declared.add(new Dependency(Requirement.normalise(name), name, file.path(), at));
                    Object value = table.get(List.of(name));
                    if (value instanceof TomlTable source) {
                        readSource(file, name, source, at);
                    } else if (value instanceof TomlArray constraints) {
                        for (Object constraint : constraints.toList()) {
                            if (constraint instanceof TomlTable source) {
                                readSource(file, name, source, at);
                            }
                        }
                    }
                }
            }
        }

        private static TomlTable table(TomlDocument toml, List<String> path) {
            TomlTable current = toml.root();
            for (String key : path) {
                if (current == null || !(current.get(List.of(key)) instanceof TomlTable next)) {
                    return null;
                }
                current = next;
            }
            return current;
        }

        private void addRequirements(ParsedFile file, List<TomlDocument.Located> requirements) {
            for (TomlDocument.Located located : requirements) {
                addRequirement(file.path(), located.value(), located.span());
            }
        }

        private void addRequirement(String path, String requirement, Span span) {
            String name = Requirement.distributionName(requirement);
            Matcher m = GIT_URL.matcher(requirement);
            if (m.find()) {
                String egg = eggName(requirement);
                if (name.isEmpty() || requirement.strip().startsWith("git+")) {
                    name = egg != null ? egg : name;
                }
                git.add(new GitSource(name, m.group(1), m.group(2) == null ? null : "ref", m.group(2), path, span));
            }
            if (!name.isEmpty()) {
                declared.add(new Dependency(name, requirement, path, span));
            }
        }

        private static String eggName(String requirement) {
            Matcher egg = EGG.matcher(requirement);
            return egg.find() ? Requirement.normalise(egg.group(1)) : null;
        }

        private void readRequirements(ParsedFile file) {
            if (!requirementsRead.add(file.path())) {
                return;
            }
            declaresAny = true;
            for (RequirementLine line : file.requirements().lines()) {
                boolean editable = line.kind() == RequirementLine.Kind.OPTION
                        && ("-e".equals(line.option()) || "--editable".equals(line.option()));
                if ((line.kind() == RequirementLine.Kind.REQUIREMENT || editable) && isLocalPath(line.value())) {
                    String folder = resolve(file.path(), line.value());
                    localSources.put(folder, folder);
                }
                if (line.kind() == RequirementLine.Kind.REQUIREMENT) {
                    addRequirement(file.path(), line.value(), line.span());
                } else if (line.kind() == RequirementLine.Kind.INCLUDE && line.value() != null
                        && (line.option().equals("-r") || line.option().equals("--requirement"))) {
                    readIncluded(file.path(), line.value());
                }
            }
        }

        /** {@code ../shared}, {@code ./libs/x} or {@code /opt/x}: pip installs the project in that folder. */
        private static boolean isLocalPath(String value) {
            return value != null && (value.startsWith("./") || value.startsWith("../") || value.startsWith("/"));
        }

        /**
         * A requirements file named by another file, relative to that file's folder: read when the location has it,
         * else the reading is unsure.
         */
        private void readIncluded(String from, String written) {
            ParsedFile file = requirementFiles.get(resolve(from, written));
            if (file != null) {
                readRequirements(file);
            } else {
                unreadable.add(new Unreadable(from, "it installs the requirements of '" + written
                        + "', which is not a requirements file of the location"));
            }
        }

        /** setup.cfg: {@code [options] install_requires} and {@code [options.extras_require]}, or files they name. */
        private void readSetupCfg(ParsedFile file) {
            SetupCfg cfg = SetupCfg.parse(file.text());
            List<SetupCfg.Value> values = new ArrayList<>();
            SetupCfg.Value install = cfg.get("options", "install_requires");
            if (install != null) {
                values.add(install);
            }
            values.addAll(cfg.section("options.extras_require"));
            for (SetupCfg.Value value : values) {
                declaresAny = true;
                if (value.text().strip().startsWith("file:")) {
                    for (String name : value.text().strip().substring("file:".length()).split(",")) {
                        readIncluded(file.path(), name.strip());
                    }
                } else if (value.text().strip().startsWith("attr:")) {
                    unreadable.add(new Unreadable(file.path(), "setup.cfg takes its requirements from code"
                            + " (attr:)"));
                } else {
                    for (SetupCfg.Line line : value.lines()) {
                        addRequirement(file.path(), line.text(), line.span());
                    }
                }
            }
        }

        /** setup.py's literal lists; anything computed makes the reading unsure. */
        private void readSetupPy(PythonModule module) {
            PyCall setup = null;
            for (PyCall call : module.facts().moduleCalls()) {
                String callee = call.callee();
                if (callee != null && (callee.equals("setup") || callee.endsWith(".setup"))) {
                    setup = call;
                    break;
                }
            }
            if (setup == null) {
                unreadable.add(new Unreadable(module.path(), "setup.py calls no setup() loclint can read"));
                return;
            }
            for (PyExpr.Keyword keyword : setup.call().keywords()) {
                if (keyword.isSpread()) {
                    unreadable.add(new Unreadable(module.path(), "setup.py passes setup() its arguments"
                            + " through **"));
                    continue;
                }
                switch (keyword.name()) {
                    case "install_requires", "dependency_links" -> readSetupList(module, keyword.name(),
                            literal(module, keyword.value()));
                    case "extras_require" -> {
                        PyExpr extras = literal(module, keyword.value());
                        if (extras instanceof PyExpr.DictExpr dict) {
                            for (PyExpr.DictEntry entry : dict.entries()) {
                                readSetupList(module, keyword.name(), literal(module, entry.value()));
                            }
                        } else {
                            computed(module, keyword.name());
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        private void readSetupList(PythonModule module, String keyword, PyExpr value) {
            List<PyExpr> elements = value instanceof PyExpr.ListExpr list ? list.elements()
                    : value instanceof PyExpr.TupleExpr tuple ? tuple.elements() : null;
            if (elements == null || !elements.stream().allMatch(e -> e instanceof PyExpr.Str s && !s.fString())) {
                computed(module, keyword);
                return;
            }
            declaresAny = true;
            for (PyExpr element : elements) {
                PyExpr.Str s = (PyExpr.Str) element;
                addRequirement(module.path(), s.value(), s.span());
            }
        }

        private void computed(PythonModule module, String keyword) {
            unreadable.add(new Unreadable(module.path(), "setup.py computes " + keyword));
        }

        /** The expression itself, or the literal a module-level name is assigned once. */
        private static PyExpr literal(PythonModule module, PyExpr value) {
            if (!(value instanceof PyExpr.Name name)) {
                return value;
            }
            PyExpr found = null;
            for (PyAssignment assignment : module.facts().moduleAssignments()) {
                if (assignment.target().equals(name.id())) {
                    if (found != null || assignment.augmented() != null) {
                        return value;
                    }
                    found = assignment.value();
                }
            }
            return found != null ? found : value;
        }

        /**
         * A path written in a file, relative to that file's folder, as a path relative to the run's root; as written
         * when it is no path at all.
         */
        private static String resolve(String fromFile, String written) {
            int slash = fromFile.lastIndexOf('/');
            try {
                Path base = Path.of(slash < 0 ? "" : fromFile.substring(0, slash));
                return base.resolve(written.strip()).normalize().toString().replace('\\', '/');
            } catch (InvalidPathException e) {
                return written;
            }
        }
    }
}

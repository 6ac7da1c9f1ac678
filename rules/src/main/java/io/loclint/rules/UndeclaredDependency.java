package io.loclint.rules;

import com.google.re2j.Pattern;
import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.config.RuleOption;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.Dependencies;
import io.loclint.engine.model.Dependency;
import io.loclint.engine.model.DistributionModules;
import io.loclint.engine.model.GitSource;
import io.loclint.engine.model.PythonModule;
import io.loclint.engine.model.StandardLibrary;
import io.loclint.engine.rule.ProjectRule;
import io.loclint.engine.rule.RuleContext;
import io.loclint.grammar.python.PyImport;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

@RuleInfo(code = "DEP002", name = "undeclared-dependency", severity = Severity.ERROR, guide = "2.4",
        summary = "A module imports a third-party package that the code location does not declare.",
        tags = "dependencies")
public final class UndeclaredDependency implements ProjectRule {
    static final RuleOption<Map<String, List<String>>> MODULE_MAP = RuleOption.stringListTable("module-map",
            "distributions whose import name differs from their name, each with the top-level modules it"
                    + " provides, added to the built-in map",
            distribution -> distribution.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-"))
            .withExample("{ \"my-distribution\" = [\"my_module\"] }");
    /** Modules that are never third-party packages to declare. */
    private static final Set<String> ALWAYS_AVAILABLE = Set.of("__future__", "__main__");
    /** PEP 723's block: a {@code # /// script} line, comment lines, and a closing {@code # ///} line. */
    private static final Pattern INLINE_SCRIPT_METADATA = Pattern.compile(
            "(?m)^# /// script[ \\t]*\\r?\\n(?:#(?: .*)?\\r?\\n)*?# ///[ \\t]*$");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(MODULE_MAP);
    }

    @Override
    public void check(CodeLocation location, RuleContext context) {
        Dependencies dependencies = location.dependencies();
        if (!dependencies.unreadable().isEmpty()) {
            Dependencies.Unreadable first = dependencies.unreadable().get(0);
            context.note("dependencies-unread", "imports of code location '" + context.shown(location.directory())
                    + "' are not checked: " + first.reason(), first.path());
            return;
        }
        if (!dependencies.declaresAny()) {
            context.note("dependencies-unread", "imports of code location '" + context.shown(location.directory())
                    + "' are not checked: it declares no dependencies in any file loclint reads",
                    location.marker().path());
            return;
        }
        Set<String> provided = providedModules(location, context.option(MODULE_MAP));
        Set<String> locationPackages = locationPackages(location);
        Set<String> own = ownModules(location);
        Set<String> filePaths = new HashSet<>();
        location.files().forEach(f -> filePaths.add(f.path()));
        for (PythonModule module : location.modules().values()) {
            if (module.facts() == null || module.path().equals(setupPy(location))
                    || !isLocationModule(module, locationPackages) || declaresOwnDependencies(module)) {
                continue;
            }
            String folder = importRoot(module.path(), filePaths);
            Set<String> reported = new HashSet<>();
            List<PyImport> imports = module.facts().imports().stream()
                    .sorted(Comparator.comparingInt((PyImport i) -> i.span().startLine())
                            .thenComparingInt(i -> i.span().startColumn()))
                    .toList();
            for (PyImport i : imports) {
                if (i.level() > 0 || i.typeCheckingOnly() || i.guarded() || i.module().isEmpty()) {
                    continue;
                }
                String top = topLevel(i.module());
                if (own.contains(top) || isBeside(folder, top, filePaths) || provided.contains(top)
                        || StandardLibrary.contains(top)
                        || ALWAYS_AVAILABLE.contains(top) || isPlatformModule(top) || !reported.add(top)) {
                    continue;
                }
                context.report(module.path(), i.span(),
                        "'" + top + "' is imported but code location '" + context.shown(location.directory())
                                + "' declares no distribution that provides it; a package that comes only with"
                                + " another distribution is not declared",
                        "import:" + top,
                        "add the distribution that provides '" + top + "' to the location's dependencies (even when"
                                + " another dependency brings it along), or map it with the module-map option if a"
                                + " declared distribution provides it");
            }
        }
    }

    /**
     * The top-level packages of the location's source that are packages (an {@code __init__.py}: a folder of scripts
     * in the source root is none), and those that hold its Dagster definitions or entry points wherever the layout
     * puts them (weekly course folders, a package beside an app's folder).
     */
    private static Set<String> locationPackages(CodeLocation location) {
        Set<String> packages = new HashSet<>();
        for (String name : location.packages()) {
            PythonModule init = location.modules().get(name);
            if (init != null && init.isPackage()) {
                packages.add(name);
            }
        }
        location.entryPoints().forEach(e -> packages.add(topLevel(e.module().qualifiedName())));
        location.definitions().forEach(d -> packages.add(topLevel(d.module().qualifiedName())));
        return packages;
    }

    private static String topLevel(String qualifiedName) {
        int dot = qualifiedName.indexOf('.');
        return dot < 0 ? qualifiedName : qualifiedName.substring(0, dot);
    }

    /**
     * Whether the module is part of the code location: a module of its packages, a top-level module beside them
     * (a {@code definitions.py}), or a test of a test folder ({@code tests/}, {@code <package>_tests/}). Scripts,
     * docs, examples and the programs of other runtimes kept in the project folder ({@code scripts/},
     * {@code containers/x/job.py} with its own image) are not, and run with dependencies installed some other way.
     */
    private static boolean isLocationModule(PythonModule module, Set<String> packages) {
        String name = module.qualifiedName();
        int dot = name.indexOf('.');
        if (dot < 0) {
            return true;
        }
        String top = name.substring(0, dot);
        return packages.contains(top) || module.test() && isTestFolder(top);
    }

    private static boolean isTestFolder(String name) {
        return name.equals("tests") || name.equals("test") || name.endsWith("_tests") || name.endsWith("_test");
    }

    /**
     * A script with PEP 723 inline metadata ({@code # /// script} ... {@code # ///}): its runner installs what the
     * block lists, not what the location declares.
     */
    private static boolean declaresOwnDependencies(PythonModule module) {
        String text = module.file().text();
        // the plain search first: RE2/J walking every module's whole text was a tenth of a 200-location check
        return text != null && text.contains("# /// script") && INLINE_SCRIPT_METADATA.matcher(text).find();
    }

    /**
     * The folder Python or pytest puts first on the path when it runs the file: the file's own folder for a script,
     * the first folder above its package (the first without an {@code __init__.py}) for a test in a package; with a
     * trailing slash, "" for the run's root.
     */
    private static String importRoot(String path, Set<String> filePaths) {
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash);
        while (!folder.isEmpty() && filePaths.contains(folder + "/__init__.py")) {
            int up = folder.lastIndexOf('/');
            folder = up < 0 ? "" : folder.substring(0, up);
        }
        return folder.isEmpty() ? "" : folder + "/";
    }

    /** A module or package in the importing file's import root: it imports its neighbours. */
    private static boolean isBeside(String folder, String top, Set<String> filePaths) {
        return filePaths.contains(folder + top + ".py") || filePaths.contains(folder + top + "/__init__.py");
    }

    /** Vendored and build-time modules that no dependency list names. */
    private static boolean isPlatformModule(String top) {
        return top.startsWith("_");
    }

    /**
     * Import names the declared distributions provide: normalised names, the built-in and configured maps, and the
     * packages of the locations installed from the checked tree.
     */
    static Set<String> providedModules(CodeLocation location, Map<String, List<String>> configured) {
        Set<String> modules = new HashSet<>();
        for (Dependency d : location.dependencies().declared()) {
            addDistribution(modules, d.distribution(), configured);
        }
        for (GitSource g : location.dependencies().gitSources()) {
            addDistribution(modules, g.distribution(), configured);
        }
        location.dependencies().localPackages().values().forEach(modules::addAll);
        return modules;
    }

    private static void addDistribution(Set<String> modules, String distribution,
                                        Map<String, List<String>> configured) {
        modules.add(distribution.replace('-', '_'));
        modules.addAll(DistributionModules.of(distribution));
        modules.addAll(configured.getOrDefault(distribution, List.of()));
    }

    private static String setupPy(CodeLocation location) {
        return location.directory().isEmpty() ? "setup.py" : location.directory() + "/setup.py";
    }

    /**
     * The location's own top-level packages and modules, tests included, and every package folder inside it: code
     * run from a folder that no project file names as a source root (a Docker working directory) imports its
     * packages from there, and an import that may be the location's own is no finding.
     */
    private static Set<String> ownModules(CodeLocation location) {
        Set<String> own = new HashSet<>(location.packages());
        for (PythonModule module : location.modules().values()) {
            String[] parts = module.qualifiedName().split("\\.");
            int folders = module.isPackage() ? parts.length : parts.length - 1;
            own.addAll(Arrays.asList(parts).subList(0, Math.max(folders, 1)));
        }
        return own;
    }
}

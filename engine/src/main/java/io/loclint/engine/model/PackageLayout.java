package io.loclint.engine.model;

import io.loclint.engine.files.ParsedFile;
import io.loclint.grammar.python.PyCall;
import io.loclint.grammar.python.PyExpr;
import io.loclint.grammar.python.PyImport;
import io.loclint.grammar.toml.TomlDocument;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.google.re2j.Pattern;

/**
 * Where a project's packages are, and so the qualified name Python gives each of its files: what poetry
 * ({@code packages = [{include, from}]}), hatch ({@code [tool.hatch.build.targets.wheel] packages}) or setuptools
 * ({@code package_dir}/{@code package-dir}, {@code packages}, {@code packages.find where}, in pyproject.toml,
 * setup.cfg or literal setup.py arguments) configure; else a {@code src/} layout, a flat layout, or the project folder
 * being the package itself (its modules import each other as {@code folder_name.module}). Paths are relative to the
 * project folder.
 */
final class PackageLayout {
    /**
     * A folder whose files are named {@code prefix + their path below it}.
     *
     * @param folder "" for the project folder itself
     * @param prefix the package the folder is, "" when its subfolders are top-level packages
     * @param source  whether the project's packages are here (configured, or a src/ layout), rather than in a
     *                folder code is merely run from (an app's working directory beside the package)
     */
    private record Root(String folder, String prefix, boolean source) {
        Root(String folder, String prefix) {
            this(folder, prefix, true);
        }
    }

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Root FLAT = new Root("", "");

    /** Most specific first; the flat root, last, names files outside every configured root (tests, scripts). */
    private final List<Root> roots;
    /** Top-level package names the configuration lists, or empty when it lists folders only. */
    private final Set<String> declaredPackages;
    /**
     * Whether the configuration lists every package, so that nothing else in its folders is one (hatch's
     * {@code packages = ["src/x"]} beside a {@code src/scripts} folder); a find directive discovers more.
     */
    private final boolean listsEveryPackage;

    private PackageLayout(List<Root> roots, Set<String> declaredPackages, boolean discovers) {
        List<Root> sorted = new ArrayList<>(roots);
        if (!sorted.contains(FLAT)) {
            sorted.add(FLAT);
        }
        sorted.sort(Comparator.comparingInt((Root r) -> r.folder().length()).reversed());
        this.roots = List.copyOf(sorted);
        this.declaredPackages = Set.copyOf(declaredPackages);
        this.listsEveryPackage = !declaredPackages.isEmpty() && !discovers;
    }

    /**
     * @param folderName  the project folder's own name (the package's name when the folder is the package)
     * @param prefix      the project folder's path with a trailing slash, "" for the run's root
     * @param setupCfg    its setup.cfg, or null
     * @param pythonFiles the project's parsed Python files
     */
    static PackageLayout of(String folderName, String prefix, ParsedFile pyproject, ParsedFile setupPy,
                            ParsedFile setupCfg, List<ParsedFile> pythonFiles) {
        List<String> pythonPaths = pythonFiles.stream().map(f -> f.path().substring(prefix.length())).toList();
        List<Root> roots = new ArrayList<>();
        Set<String> packages = new LinkedHashSet<>();
        boolean discovers = false;
        if (pyproject != null && pyproject.toml() != null && pyproject.toml().parsed()) {
            discovers = !readPoetry(pyproject.toml(), roots, packages);
            discovers |= !readHatch(pyproject.toml(), roots, packages);
            readSetuptoolsToml(pyproject.toml(), roots, packages);
            discovers |= pyproject.toml().getTable("tool.setuptools.packages.find") != null;
        }
        if (setupCfg != null && setupCfg.text() != null) {
            SetupCfg cfg = SetupCfg.parse(setupCfg.text());
            readSetupCfg(cfg, roots, packages);
            SetupCfg.Value listed = cfg.get("options", "packages");
            discovers |= listed != null && listed.lines().stream().anyMatch(line -> line.text().startsWith("find"));
        }
        if (setupPy != null && setupPy.python() != null) {
            discovers |= readSetupPy(setupPy, roots, packages);
        }
        if (roots.isEmpty()) {
            boolean src = pythonPaths.stream().anyMatch(p -> p.startsWith("src/"));
            if (src && !pythonPaths.contains("src/__init__.py")) {
                roots.add(new Root("src", ""));
            } else if (isTheFolderThePackage(folderName, pythonPaths, pythonFiles)) {
                roots.add(new Root("", folderName));
                packages.add(folderName);
            } else {
                roots.addAll(rootsImportsReachFrom(pythonPaths, pythonFiles));
            }
        }
        return new PackageLayout(roots, packages, discovers);
    }

    /** The dotted name Python gives the file, or null when no import can reach it. */
    String qualifiedName(String path) {
        Root root = rootOf(path);
        String below = root.folder().isEmpty() ? path : path.substring(root.folder().length() + 1);
        if (root.prefix().isEmpty()) {
            return moduleName(below);
        }
        if (below.equals("__init__.py") || below.equals("__init__.pyi")) {
            return root.prefix();
        }
        String name = moduleName(below);
        return name == null ? null : root.prefix() + "." + name;
    }

    /**
     * Whether the file is in the project's packages, rather than in the folders around them (tests, scripts), when
     * the layout says where the packages are; with a plain flat layout every file is.
     */
    boolean inSourceRoot(String path) {
        Root root = rootOf(path);
        if (!root.folder().isEmpty()) {
            return true;
        }
        // a folder code is run from (an app beside the package) adds its packages; it does not move the project's
        return roots.stream().noneMatch(r -> !r.folder().isEmpty() && r.source());
    }

    /** Whether the configuration lists every package of the project, so that no other folder is one. */
    boolean listsEveryPackage() {
        return listsEveryPackage;
    }

    /** Top-level packages the configuration names, or empty when only their folders are configured. */
    Set<String> declaredPackages() {
        return declaredPackages;
    }

    private Root rootOf(String path) {
        for (Root root : roots) {
            if (root.folder().isEmpty() || path.startsWith(root.folder() + "/")) {
                return root;
            }
        }
        return FLAT;
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

    /**
     * The folder is the package when its own modules import each other through the folder's name
     * ({@code from my_pipeline.ops import x} beside {@code ops.py}) and no subfolder of that name exists.
     */
    private static boolean isTheFolderThePackage(String folderName, List<String> pythonPaths,
                                                 List<ParsedFile> pythonFiles) {
        if (folderName == null || !IDENTIFIER.matcher(folderName).matches()) {
            return false;
        }
        Set<String> topLevel = new HashSet<>();
        for (String path : pythonPaths) {
            String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : moduleName(path);
            if (first != null) {
                topLevel.add(first);
            }
        }
        if (topLevel.contains(folderName)) {
            return false;
        }
        Set<String> paths = Set.copyOf(pythonPaths);
        for (ParsedFile file : pythonFiles) {
            for (PyImport i : file.python().imports()) {
                if (i.level() == 0 && i.module().startsWith(folderName + ".")
                        && holdsModule(paths, "", i.module().substring(folderName.length() + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code a.b} is {@code a/b.py} or {@code a/b/__init__.py} below the folder. */
    private static boolean holdsModule(Set<String> paths, String folder, String dotted) {
        String file = folder + dotted.replace('.', '/');
        return paths.contains(file + ".py") || paths.contains(file + "/__init__.py");
    }

    /**
     * Folders that code is run from (a Docker {@code WORKDIR}, a working directory) though no project file says
     * so: a folder whose modules import a package that is its own child ({@code app/x/jobs.py} importing
     * {@code x.ops}) and that the project folder itself does not hold. A package name two such folders both hold is
     * ambiguous, and names neither.
     */
    private static List<Root> rootsImportsReachFrom(List<String> pythonPaths, List<ParsedFile> pythonFiles) {
        Set<String> topLevel = new HashSet<>();
        Set<String> imported = new HashSet<>();
        for (String path : pythonPaths) {
            topLevel.add(path.contains("/") ? path.substring(0, path.indexOf('/')) : moduleName(path));
        }
        Set<String> paths = Set.copyOf(pythonPaths);
        Map<String, Set<String>> foldersByPackage = new HashMap<>();
        for (int f = 0; f < pythonFiles.size(); f++) {
            String path = pythonPaths.get(f);
            for (PyImport i : pythonFiles.get(f).python().imports()) {
                if (i.level() == 0) {
                    imported.add(i.module());
                }
                String top = i.module().split("\\.", 2)[0];
                // a package's own submodule, not a bare name: a folder named like a distribution (defs/snowflake
                // beside `import snowflake`) is no evidence
                if (i.level() != 0 || !i.module().contains(".") || topLevel.contains(top)) {
                    continue;
                }
                for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                    String folder = path.substring(0, slash);
                    if (holdsModule(paths, folder + "/", i.module())) {
                        foldersByPackage.computeIfAbsent(top, k -> new HashSet<>()).add(folder);
                        break;
                    }
                }
            }
        }
        // a folder that other modules import as a package (a.b.c for a/b) is reached through the flat layout
        return foldersByPackage.values().stream().filter(holders -> holders.size() == 1)
                .map(holders -> holders.iterator().next()).distinct()
                .filter(folder -> imported.stream().noneMatch(m -> m.startsWith(folder.replace('/', '.') + ".")))
                .sorted().map(folder -> new Root(folder, "", false)).toList();
    }

    /**
     * {@code packages = [{include = "x", from = "src"}]}.
     *
     * @return whether every entry names its package (a glob include names none)
     */
    private static boolean readPoetry(TomlDocument toml, List<Root> roots, Set<String> packages) {
        TomlArray array = toml.getArray("tool.poetry.packages");
        boolean named = true;
        for (int i = 0; array != null && i < array.size(); i++) {
            if (!(array.get(i) instanceof TomlTable entry) || !(entry.get("include") instanceof String include)) {
                named = false;
                continue;
            }
            String from = entry.get("from") instanceof String f ? f : "";
            named &= addPackagePath(join(from, include), roots, packages);
        }
        return named;
    }

    /**
     * {@code [tool.hatch.build.targets.wheel] packages = ["src/x"]}.
     *
     * @return whether every entry names its package
     */
    private static boolean readHatch(TomlDocument toml, List<Root> roots, Set<String> packages) {
        boolean named = true;
        for (TomlDocument.Located path : toml.stringsOf("tool.hatch.build.targets.wheel.packages")) {
            named &= addPackagePath(path.value(), roots, packages);
        }
        return named;
    }

    /** {@code [tool.setuptools] package-dir}, {@code packages}, {@code [tool.setuptools.packages.find] where}. */
    private static void readSetuptoolsToml(TomlDocument toml, List<Root> roots, Set<String> packages) {
        TomlTable packageDir = toml.getTable("tool.setuptools.package-dir");
        if (packageDir != null) {
            for (String name : packageDir.keySet()) {
                if (packageDir.get(List.of(name)) instanceof String folder) {
                    addPackageDir(name, folder, roots, packages);
                }
            }
        }
        for (TomlDocument.Located name : toml.stringsOf("tool.setuptools.packages")) {
            addPackageName(name.value(), packages);
        }
        for (TomlDocument.Located where : toml.stringsOf("tool.setuptools.packages.find.where")) {
            addFolder(where.value(), roots);
        }
    }

    /**
     * setup.cfg's {@code [options] package_dir} ({@code =src}, {@code name = folder}), {@code packages} (a list, or
     * {@code find:}) and {@code [options.packages.find] where}; a continuation line is indented.
     */
    private static void readSetupCfg(SetupCfg cfg, List<Root> roots, Set<String> packages) {
        SetupCfg.Value packageDir = cfg.get("options", "package_dir");
        if (packageDir != null) {
            for (SetupCfg.Line line : packageDir.lines()) {
                int equals = line.text().indexOf('=');
                if (equals >= 0) {
                    addPackageDir(line.text().substring(0, equals).strip(), line.text().substring(equals + 1).strip(),
                            roots, packages);
                }
            }
        }
        SetupCfg.Value listed = cfg.get("options", "packages");
        if (listed != null) {
            for (SetupCfg.Line line : listed.lines()) {
                if (!line.text().startsWith("find")) {
                    for (String name : line.text().split("[,\\s]+")) {
                        addPackageName(name, packages);
                    }
                }
            }
        }
        SetupCfg.Value where = cfg.get("options.packages.find", "where");
        if (where != null) {
            where.lines().forEach(line -> addFolder(line.text(), roots));
        }
    }

    /**
     * Literal arguments of {@code setup(...)}: {@code package_dir}, {@code packages}, {@code find_packages(where)}.
     *
     * @return whether {@code packages} is found by a call, or built in a way not read here, rather than listed
     */
    private static boolean readSetupPy(ParsedFile setupPy, List<Root> roots, Set<String> packages) {
        boolean discovers = false;
        for (PyCall call : setupPy.python().moduleCalls()) {
            String callee = call.callee();
            if (callee == null || !(callee.equals("setup") || callee.endsWith(".setup"))) {
                continue;
            }
            for (PyExpr.Keyword keyword : call.call().keywords()) {
                if ("package_dir".equals(keyword.name()) && keyword.value() instanceof PyExpr.DictExpr dict) {
                    for (PyExpr.DictEntry entry : dict.entries()) {
                        if (entry.key() instanceof PyExpr.Str name && entry.value() instanceof PyExpr.Str folder) {
                            addPackageDir(name.value(), folder.value(), roots, packages);
                        }
                    }
                } else if ("packages".equals(keyword.name())) {
                    discovers |= !readSetupPackages(keyword.value(), roots, packages);
                }
            }
        }
        return discovers;
    }

    /** @return whether the value lists every package as a literal */
    private static boolean readSetupPackages(PyExpr value, List<Root> roots, Set<String> packages) {
        if (value instanceof PyExpr.ListExpr list) {
            for (PyExpr element : list.elements()) {
                if (element instanceof PyExpr.Str name) {
                    addPackageName(name.value(), packages);
                }
            }
            return list.elements().stream().allMatch(element -> element instanceof PyExpr.Str);
        } else if (value instanceof PyExpr.Call call && calleeName(call.func()).endsWith("find_packages")) {
            PyExpr where = call.args().isEmpty() ? null : call.args().get(0);
            for (PyExpr.Keyword keyword : call.keywords()) {
                if ("where".equals(keyword.name())) {
                    where = keyword.value();
                }
            }
            if (where instanceof PyExpr.Str folder) {
                addFolder(folder.value(), roots);
            }
        }
        return false;
    }

    private static String calleeName(PyExpr expr) {
        if (expr instanceof PyExpr.Name name) {
            return name.id();
        }
        return expr instanceof PyExpr.Attribute attribute ? attribute.attr() : "";
    }

    /**
     * {@code src/x} (poetry's from + include, hatch's path): the folder holding x is a root, x a package.
     *
     * @return false when the path names no package read here (a glob, a folder outside the project)
     */
    private static boolean addPackagePath(String path, List<Root> roots, Set<String> packages) {
        String normal = Workspace.normalise("", path);
        if (normal.isEmpty() || normal.contains("*") || path.startsWith("..")) {
            return false;
        }
        int slash = normal.lastIndexOf('/');
        String name = slash < 0 ? normal : normal.substring(slash + 1);
        addFolder(slash < 0 ? "" : normal.substring(0, slash), roots);
        addPackageName(name.endsWith(".py") ? name.substring(0, name.length() - 3) : name, packages);
        return true;
    }

    /** {@code "" = "src"}: src holds the top-level packages; {@code "x" = "lib"}: lib is package x. */
    private static void addPackageDir(String name, String folder, List<Root> roots, Set<String> packages) {
        String normal = Workspace.normalise("", folder);
        if (folder.startsWith("..")) {
            return;
        }
        if (name.isEmpty()) {
            addFolder(normal, roots);
        } else if (!name.contains(".") && IDENTIFIER.matcher(name).matches()) {
            Root root = new Root(normal, name);
            if (!roots.contains(root)) {
                roots.add(root);
            }
            packages.add(name);
        }
    }

    private static void addFolder(String folder, List<Root> roots) {
        if (folder.startsWith("..")) {
            return;
        }
        Root root = new Root(Workspace.normalise("", folder), "");
        if (!roots.contains(root)) {
            roots.add(root);
        }
    }

    private static void addPackageName(String dotted, Set<String> packages) {
        String top = dotted.strip().split("\\.", 2)[0];
        if (IDENTIFIER.matcher(top).matches()) {
            packages.add(top);
        }
    }

    private static String join(String folder, String path) {
        return folder.isEmpty() || folder.equals(".") ? path : folder + "/" + path;
    }
}

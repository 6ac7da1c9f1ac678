package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.config.RuleOption;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.Dependency;
import io.loclint.engine.model.GitSource;
import io.loclint.engine.model.PythonModule;
import io.loclint.engine.model.StandardLibrary;
import io.loclint.engine.rule.ProjectRule;
import io.loclint.engine.rule.RuleContext;
import io.loclint.grammar.python.PyImport;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

@RuleInfo(code = "DEP002", name = "undeclared-dependency", severity = Severity.ERROR, guide = "2.4",
        summary = "A module imports a third-party package that the code location does not declare.",
        tags = "dependencies")
public final class UndeclaredDependency implements ProjectRule {
    /** Distributions whose import name is not their normalised name. */
    static final Map<String, Set<String>> DEFAULT_MODULES = Map.ofEntries(
            Map.entry("pyyaml", Set.of("yaml")),
            Map.entry("python-dateutil", Set.of("dateutil")),
            Map.entry("scikit-learn", Set.of("sklearn")),
            Map.entry("pillow", Set.of("PIL")),
            Map.entry("beautifulsoup4", Set.of("bs4")),
            Map.entry("opencv-python", Set.of("cv2")),
            Map.entry("opencv-python-headless", Set.of("cv2")),
            Map.entry("psycopg2-binary", Set.of("psycopg2")),
            Map.entry("psycopg-binary", Set.of("psycopg")),
            Map.entry("protobuf", Set.of("google")),
            Map.entry("google-cloud-storage", Set.of("google")),
            Map.entry("google-cloud-bigquery", Set.of("google")),
            Map.entry("google-api-python-client", Set.of("googleapiclient")),
            Map.entry("attrs", Set.of("attr", "attrs")),
            Map.entry("pyjwt", Set.of("jwt")),
            Map.entry("python-dotenv", Set.of("dotenv")),
            Map.entry("python-jose", Set.of("jose")),
            Map.entry("pymysql", Set.of("pymysql")),
            Map.entry("setuptools", Set.of("setuptools", "pkg_resources")),
            Map.entry("pyopenssl", Set.of("OpenSSL")),
            Map.entry("typing-extensions", Set.of("typing_extensions")),
            Map.entry("msgpack-python", Set.of("msgpack")),
            Map.entry("azure-storage-blob", Set.of("azure")),
            Map.entry("azure-identity", Set.of("azure")));
    static final RuleOption<Map<String, List<String>>> MODULE_MAP = RuleOption.stringListTable("module-map",
            "distributions whose import name differs from their name, each with the top-level modules it"
                    + " provides, added to the built-in map",
            distribution -> distribution.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-"))
            .withExample("{ \"my-distribution\" = [\"my_module\"] }");
    /** Modules that are never third-party packages to declare. */
    private static final Set<String> ALWAYS_AVAILABLE = Set.of("__future__", "__main__");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(MODULE_MAP);
    }

    @Override
    public void check(CodeLocation location, RuleContext context) {
        if (!location.dependencies().anyDeclarationFile()) {
            return;
        }
        Set<String> provided = providedModules(location, context.option(MODULE_MAP));
        Set<String> own = ownModules(location);
        for (PythonModule module : location.modules().values()) {
            if (module.facts() == null || module.path().equals(setupPy(location))) {
                continue;
            }
            for (PyImport i : module.facts().imports()) {
                if (i.level() > 0 || i.typeCheckingOnly() || i.guarded() || i.module().isEmpty()) {
                    continue;
                }
                String top = i.module().split("\\.", 2)[0];
                if (own.contains(top) || provided.contains(top) || StandardLibrary.contains(top)
                        || ALWAYS_AVAILABLE.contains(top) || isPlatformModule(top)) {
                    continue;
                }
                context.report(module.path(), i.span(),
                        "'" + top + "' is imported but no dependency of code location '" + location.displayName()
                                + "' provides it",
                        "import:" + top,
                        "add the distribution that provides '" + top + "' to [project] dependencies in pyproject.toml");
            }
        }
    }

    /** Vendored and build-time modules that no dependency list names. */
    private static boolean isPlatformModule(String top) {
        return top.startsWith("_");
    }

    /** Import names the declared distributions provide: normalised names plus the known exceptions. */
    static Set<String> providedModules(CodeLocation location, Map<String, List<String>> configured) {
        Set<String> modules = new HashSet<>();
        for (Dependency d : location.dependencies().declared()) {
            addDistribution(modules, d.distribution(), configured);
        }
        for (GitSource g : location.dependencies().gitSources()) {
            addDistribution(modules, g.distribution(), configured);
        }
        return modules;
    }

    private static void addDistribution(Set<String> modules, String distribution,
                                        Map<String, List<String>> configured) {
        modules.add(distribution.replace('-', '_'));
        modules.add(distribution.replace('-', '_').toLowerCase(Locale.ROOT));
        modules.addAll(DEFAULT_MODULES.getOrDefault(distribution, Set.of()));
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

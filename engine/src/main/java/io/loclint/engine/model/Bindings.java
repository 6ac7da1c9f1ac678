package io.loclint.engine.model;

import io.loclint.grammar.python.PyAssignment;
import io.loclint.grammar.python.PyClass;
import io.loclint.grammar.python.PyFile;
import io.loclint.grammar.python.PyFunction;
import io.loclint.grammar.python.PyImport;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Name resolution within one module, the way Ruff's {@code resolve_qualified_name} does it: a dotted name used in
 * the module becomes the qualified name it refers to, whatever the import form ({@code @op}, {@code @dagster.op},
 * {@code @dg.op}, an aliased import, a relative import).
 */
public final class Bindings {
    /** The marker value for names the module defines itself. */
    private static final String LOCAL = "";

    private Bindings() {
    }

    /**
     * Local name to qualified name for every import, and local names to "" for the module's own definitions.
     *
     * @param sourceRoot the folder prefix (as a dotted name, e.g. {@code week_2}) an absolute import of a package
     *                   this name alone does not find is read from, or "" (see {@link ModelBuilder})
     */
    static Map<String, String> of(PyFile facts, String qualifiedName, boolean isPackage,
                                  UnaryOperator<String> sourceRoot) {
        Map<String, String> bindings = new HashMap<>();
        // later kinds override earlier ones: an assignment often re-wraps an imported name
        // (`my_job = my_job.with_hooks(...)`), while a def or class of an imported name shadows the import
        for (PyAssignment a : facts.assignments()) {
            if (a.enclosingFunction() == null && !a.target().contains(".")) {
                bindings.put(a.target(), LOCAL);
            }
        }
        for (PyImport i : facts.imports()) {
            if (i.isStar()) {
                continue;
            }
            String module = absoluteModule(i, qualifiedName, isPackage);
            if (module == null) {
                continue;
            }
            String root = i.level() == 0 ? sourceRoot.apply(module) : "";
            module = root.isEmpty() ? module : root + "." + module;
            String target;
            if (i.name() == null) {
                target = i.alias() != null ? module : root.isEmpty() ? i.boundName() : root + "." + i.boundName();
            } else {
                target = module.isEmpty() ? i.name() : module + "." + i.name();
            }
            bindings.put(i.boundName(), target);
        }
        for (PyFunction f : facts.functions()) {
            if (f.topLevel()) {
                bindings.put(f.name(), LOCAL);
            }
        }
        for (PyClass c : facts.classes()) {
            if (c.enclosing() == null) {
                bindings.put(c.name(), LOCAL);
            }
        }
        return Map.copyOf(bindings);
    }

    /** The absolute module an import reads from; null when a relative import climbs above the top package. */
    public static String absoluteModule(PyImport i, String importerName, boolean importerIsPackage) {
        if (i.level() == 0) {
            return i.module();
        }
        String base = importerIsPackage ? importerName : parent(importerName);
        for (int step = 1; step < i.level() && base != null; step++) {
            base = parent(base);
        }
        if (base == null) {
            return null;
        }
        if (i.module().isEmpty()) {
            return base;
        }
        return base.isEmpty() ? i.module() : base + "." + i.module();
    }

    private static String parent(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    /**
     * The qualified name a dotted name in a module refers to: through its imports, else to the module's own
     * definition, else unchanged (a builtin or an unknown global).
     */
    public static String resolve(PythonModule module, String dotted) {
        if (dotted == null) {
            return null;
        }
        int dot = dotted.indexOf('.');
        String head = dot < 0 ? dotted : dotted.substring(0, dot);
        String rest = dot < 0 ? "" : dotted.substring(dot);
        String target = module.bindings().get(head);
        if (target == null) {
            return dotted;
        }
        if (target.equals(LOCAL)) {
            return module.qualifiedName().isEmpty() ? dotted : module.qualifiedName() + "." + dotted;
        }
        return target + rest;
    }

    /**
     * The last segment of a qualified name inside the dagster packages (dagster, dagster_slack, ..., and
     * dagstermill, the one named without an underscore), else null. A location's own package may be named like an
     * integration ({@code dagster_pipelines}): what it defines is the location's own code, never Dagster's.
     * {@code dagster} itself is always Dagster's, since a location folder of that name shadowing the library would
     * not load at all. With no location (a name only Dagster itself defines, such as {@code AssetKey}) no own package
     * is looked at.
     */
    static String dagsterMember(CodeLocation location, String qualified) {
        if (qualified == null || !qualified.startsWith("dagster")) {
            return null;
        }
        int dot = qualified.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String head = qualified.substring(0, qualified.indexOf('.'));
        boolean integration = head.startsWith("dagster_") || head.equals("dagstermill");
        if (!head.equals("dagster") && (!integration || location != null && location.hasTopLevelModule(head))) {
            return null;
        }
        return qualified.substring(dot + 1);
    }
}

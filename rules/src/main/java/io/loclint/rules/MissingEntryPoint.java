package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.DeclaredEntryPoint;
import io.loclint.engine.model.EntryPoint;
import io.loclint.engine.model.FileSpan;
import io.loclint.engine.model.PythonModule;
import io.loclint.engine.model.Resolver;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.rule.RuleContext;
import io.loclint.grammar.Span;
import io.loclint.grammar.python.PyExpr;

import java.util.HashSet;
import java.util.Set;

@RuleInfo(code = "LOC001", name = "missing-entry-point", severity = Severity.ERROR, guide = "2.3.1",
        summary = "A code location has no entry point that a Dagster loader could discover.",
        tags = "definitions")
public final class MissingEntryPoint implements ElementRule<CodeLocation> {
    @Override
    public Class<CodeLocation> elementType() {
        return CodeLocation.class;
    }

    @Override
    public void check(CodeLocation location, RuleContext context) {
        if (!location.declaredEntryPoints().isEmpty()) {
            // several files may name the same module (dagster_cloud.yaml and [tool.dg]): one finding, at the first
            Set<String> checked = new HashSet<>();
            for (DeclaredEntryPoint declared : location.declaredEntryPoints()) {
                if (checked.add(declared.named())) {
                    checkDeclared(location, declared, context);
                }
            }
            return;
        }
        if (location.entryPoints().stream().noneMatch(e -> !e.module().test())) {
            FileSpan anchor = LocationAnchor.of(location);
            context.report(anchor.path(), anchor.span(),
                    "code location '" + context.shown(location.directory()) + "' has no Dagster entry point: no module-level"
                            + " Definitions(...), @repository or @definitions function for a loader to discover",
                    "location:" + location.displayName(),
                    "register the location's jobs in a repository.py with defs = Definitions(jobs=[...])");
        }
    }

    private static void checkDeclared(CodeLocation location, DeclaredEntryPoint declared, RuleContext context) {
        PythonModule module = declared.module() == null ? null : location.modules().get(declared.module());
        String path = declared.declaredAt().path();
        Span span = declared.declaredAt().span();
        String what = declared.declaredBy().endsWith("python_file") ? "a file" : "a module";
        if (module == null) {
            context.report(path, span, declared.declaredBy() + " '" + declared.named() + "' names " + what
                    + " that does not exist in code location '" + context.shown(location.directory()) + "'",
                    "location:" + location.displayName(),
                    "point " + declared.declaredBy() + " at the module that holds the Definitions");
            return;
        }
        if (!definesOrImportsEntryPoint(location, module)) {
            context.report(path, span, "module '" + module.qualifiedName() + "' named by " + declared.declaredBy()
                    + " has no Dagster entry point: no module-level Definitions(...), @repository or @definitions"
                    + " function", "location:" + location.displayName(),
                    "define defs = Definitions(...) in that module or import it there");
        }
    }

    /**
     * A loader also finds a Definitions object the module imports from another module, star-imports, binds
     * under another name, or gets from a factory function of the location.
     */
    private static boolean definesOrImportsEntryPoint(CodeLocation location, PythonModule module) {
        Set<String> names = new HashSet<>(module.bindings().keySet());
        for (EntryPoint entryPoint : location.entryPoints()) {
            if (entryPoint.module() == module) {
                return true;
            }
            names.add(entryPoint.binding());
        }
        Resolver resolver = new Resolver(location);
        return names.stream().anyMatch(name -> resolver.entryPointAt(module.qualifiedName() + "." + name) != null)
                || module.facts().moduleAssignments().stream().anyMatch(a -> a.value() instanceof PyExpr.Call call
                        && resolver.callsDefinitionsFactory(module, call));
    }
}

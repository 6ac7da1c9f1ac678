package io.loclint.engine.model;

import io.loclint.grammar.Span;
import io.loclint.grammar.python.PyCall;
import io.loclint.grammar.python.PyDecorator;
import io.loclint.grammar.python.PyExpr;
import io.loclint.grammar.python.PyImport;
import io.loclint.grammar.python.PyString;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds a location's {@link DefinitionsGraph} from its definitions and entry points. */
final class GraphBuilder {
    private static final Set<String> REGISTRATION_ARGUMENTS = Set.of("jobs", "schedules", "sensors", "assets");
    private static final List<String> TARGET_KEYWORDS = List.of("job", "job_name", "jobs", "monitored_jobs",
            "request_job", "request_jobs", "job_selection");
    private static final Set<String> JOB_NAME_LOOKUPS = Set.of("get_job_def", "get_job", "get_implicit_job_def_for_assets");

    private final CodeLocation location;
    private final Resolver resolver;

    private GraphBuilder(CodeLocation location) {
        this.location = location;
        this.resolver = new Resolver(location);
    }

    static DefinitionsGraph build(CodeLocation location) {
        return new GraphBuilder(location).build();
    }

    private DefinitionsGraph build() {
        List<Registration> registrations = registrations();
        List<JobTarget> targets = new ArrayList<>();
        List<WiringCall> wiring = new ArrayList<>();
        Map<DagsterDefinition, List<DagsterDefinition>> users = new IdentityHashMap<>();
        for (DagsterDefinition d : location.definitions()) {
            if (d.kind() == DefinitionKind.SCHEDULE || d.kind() == DefinitionKind.SENSOR) {
                targets.addAll(jobTargets(d, registrations));
            }
            if (d.function() != null && (d.kind() == DefinitionKind.JOB || d.kind() == DefinitionKind.GRAPH
                    || d.factory().startsWith("dagster.graph_"))) {
                for (PyCall call : d.function().body().calls()) {
                    Target target = resolver.resolveExpression(d.module(), call.call().func());
                    wiring.add(new WiringCall(d, call, target));
                    addUser(users, target.local(), d);
                    // an op handed over rather than called: `fan_out().map(process_item)`
                    for (PyExpr argument : call.call().args()) {
                        if (PyExpr.dotted(argument) != null) {
                            DagsterDefinition passed = resolver.resolveExpression(d.module(), argument).local();
                            if (passed != null && (passed.kind() == DefinitionKind.OP
                                    || passed.kind() == DefinitionKind.GRAPH)) {
                                addUser(users, passed, d);
                            }
                        }
                    }
                }
            }
            if (d.factory().endsWith(".to_job") && d.call().func() instanceof PyExpr.Attribute attribute) {
                addUser(users, resolver.resolveExpression(d.module(), attribute.value()).local(), d);
            }
        }
        return new DefinitionsGraph(registrations, targets, wiring, users, testReferences(registrations));
    }

    private static void addUser(Map<DagsterDefinition, List<DagsterDefinition>> users, DagsterDefinition used,
                                DagsterDefinition user) {
        if (used != null && used != user) {
            users.computeIfAbsent(used, k -> new ArrayList<>()).add(user);
        }
    }

    private List<Registration> registrations() {
        List<Registration> out = new ArrayList<>();
        for (EntryPoint entryPoint : location.entryPoints()) {
            if (entryPoint.module().test()) {
                continue;
            }
            if (entryPoint.call() != null) {
                for (PyExpr.Keyword keyword : entryPoint.call().keywords()) {
                    if (keyword.name() != null && REGISTRATION_ARGUMENTS.contains(keyword.name())) {
                        addElements(out, entryPoint, keyword.name(), keyword.value());
                    }
                }
            } else if (entryPoint.kind() == EntryPoint.Kind.REPOSITORY) {
                for (PyExpr returned : entryPoint.function().body().returns()) {
                    if (returned instanceof PyExpr.DictExpr dict) {
                        for (PyExpr.DictEntry entry : dict.entries()) {
                            if (entry.key() instanceof PyExpr.Str key && REGISTRATION_ARGUMENTS.contains(key.value())) {
                                addElements(out, entryPoint, key.value(), entry.value());
                            }
                        }
                    } else {
                        addElements(out, entryPoint, "repository", returned);
                    }
                }
            }
        }
        return out;
    }

    private void addElements(List<Registration> out, EntryPoint entryPoint, String argument, PyExpr value) {
        for (Resolver.Element element : resolver.elements(entryPoint.module(), value)) {
            out.add(new Registration(entryPoint, argument, resolver.reference(element.module(), element.expr())));
        }
    }

    private List<JobTarget> jobTargets(DagsterDefinition d, List<Registration> registrations) {
        List<JobTarget> out = new ArrayList<>();
        PyExpr.Call call = d.call();
        List<PyExpr.Keyword> keywords = new ArrayList<>();
        if (d.function() != null) {
            for (PyDecorator decorator : d.function().decorators()) {
                keywords.addAll(decorator.keywords());
            }
        } else if (call != null) {
            keywords.addAll(call.keywords());
            if (d.factory().endsWith("build_schedule_from_partitioned_job") && !call.args().isEmpty()) {
                out.add(new JobTarget(d, "partitioned_job", resolver.reference(d.module(), call.args().get(0))));
            }
        }
        for (PyExpr.Keyword keyword : keywords) {
            if (keyword.name() == null || !TARGET_KEYWORDS.contains(keyword.name())) {
                continue;
            }
            for (Resolver.Element element : resolver.elements(d.module(), keyword.value())) {
                if (element.expr() instanceof PyExpr.Str name) {
                    out.add(new JobTarget(d, keyword.name(), new Reference(element.module(), "\"" + name.value() + "\"",
                            name.span(), jobNamed(name.value(), registrations))));
                } else {
                    out.add(new JobTarget(d, keyword.name(), resolver.reference(element.module(), element.expr())));
                }
            }
        }
        return out;
    }

    /** A job by its effective name: this location's jobs first, then the external jobs it registers. */
    Target jobNamed(String name, List<Registration> registrations) {
        DagsterDefinition fallback = null;
        for (DagsterDefinition d : location.definitions()) {
            if (d.kind() == DefinitionKind.JOB && name.equals(d.name())) {
                if (registrations.stream().anyMatch(r -> r.reference().target().local() == d)) {
                    return new Target.Local(d);
                }
                fallback = fallback == null ? d : fallback;
            }
        }
        if (fallback != null) {
            return new Target.Local(fallback);
        }
        for (Registration r : registrations) {
            if (r.reference().target() instanceof Target.External external
                    && external.qualifiedName().endsWith("." + name)) {
                return external;
            }
        }
        return new Target.Undefined(name, "is not the name of any job in this code location");
    }

    private List<TestReference> testReferences(List<Registration> registrations) {
        List<TestReference> out = new ArrayList<>();
        for (PythonModule module : location.modules().values()) {
            if (!module.test()) {
                continue;
            }
            Set<Span> namedByCall = new HashSet<>();
            for (PyImport i : module.facts().imports()) {
                String from = Bindings.absoluteModule(i, module.qualifiedName(), module.isPackage());
                if (from == null || i.isStar() || !isLocationName(from)) {
                    continue;
                }
                String qualified = i.name() == null ? from : from + "." + i.name();
                String shown = i.name() == null ? from : i.name();
                Target target = resolver.resolveQualified(qualified, shown);
                out.add(new TestReference(TestReference.Kind.IMPORT, new Reference(module, shown, i.span(), target)));
            }
            for (PyCall call : module.facts().calls()) {
                String callee = call.callee();
                String method = callee == null && call.call().func() instanceof PyExpr.Attribute a ? a.attr()
                        : callee == null ? null : callee.substring(callee.lastIndexOf('.') + 1);
                if (method == null) {
                    continue;
                }
                if (JOB_NAME_LOOKUPS.contains(method) && !call.call().args().isEmpty()
                        && call.call().args().get(0) instanceof PyExpr.Str name) {
                    namedByCall.add(name.span());
                    out.add(new TestReference(TestReference.Kind.NAME_STRING, new Reference(module,
                            "\"" + name.value() + "\"", name.span(), jobNamed(name.value(), registrations))));
                } else if (method.equals("execute_in_process") && call.call().func() instanceof PyExpr.Attribute a
                        && PyExpr.dotted(a.value()) != null && !isBound(module, PyExpr.dotted(a.value()))) {
                    // a bound name is judged by its import; an unbound one has lost its import
                    out.add(new TestReference(TestReference.Kind.NAME, resolver.reference(module, a.value())));
                }
            }
            for (PyString string : module.facts().strings()) {
                for (DagsterDefinition d : location.definitions()) {
                    if (d.kind() == DefinitionKind.JOB && string.value().equals(d.name()) && !string.docstring()
                            && !namedByCall.contains(string.span())) {
                        out.add(new TestReference(TestReference.Kind.NAME_STRING, new Reference(module,
                                "\"" + string.value() + "\"", string.span(), new Target.Local(d))));
                    }
                }
            }
        }
        return out;
    }

    private static boolean isBound(PythonModule module, String dotted) {
        String head = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
        return module.bindings().containsKey(head);
    }

    /** Whether a module name belongs to this location's own packages or modules. */
    private boolean isLocationName(String moduleName) {
        String top = moduleName.contains(".") ? moduleName.substring(0, moduleName.indexOf('.')) : moduleName;
        if (location.packages().contains(top)) {
            return true;
        }
        PythonModule module = location.modules().get(top);
        return module != null && !module.test();
    }
}

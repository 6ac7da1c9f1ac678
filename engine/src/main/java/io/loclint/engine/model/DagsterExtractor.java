package io.loclint.engine.model;

import io.loclint.grammar.Span;
import io.loclint.grammar.python.PyAssignment;
import io.loclint.grammar.python.PyCall;
import io.loclint.grammar.python.PyDecorator;
import io.loclint.grammar.python.PyExpr;
import io.loclint.grammar.python.PyFunction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds Dagster definitions and entry points in one module by asking {@link Bindings} what each decorator and call
 * resolves to, so {@code @op}, {@code @dagster.op}, {@code @dg.op(name=...)} and aliased imports are one thing.
 */
final class DagsterExtractor {
    private static final Map<String, DefinitionKind> DECORATORS = Map.ofEntries(
            Map.entry("job", DefinitionKind.JOB),
            Map.entry("op", DefinitionKind.OP),
            Map.entry("multi_op", DefinitionKind.OP),
            Map.entry("graph", DefinitionKind.GRAPH),
            Map.entry("asset", DefinitionKind.ASSET),
            Map.entry("multi_asset", DefinitionKind.ASSET),
            Map.entry("graph_asset", DefinitionKind.ASSET),
            Map.entry("graph_multi_asset", DefinitionKind.ASSET),
            Map.entry("schedule", DefinitionKind.SCHEDULE),
            Map.entry("sensor", DefinitionKind.SENSOR),
            Map.entry("run_status_sensor", DefinitionKind.SENSOR),
            Map.entry("run_failure_sensor", DefinitionKind.SENSOR),
            Map.entry("asset_sensor", DefinitionKind.SENSOR),
            Map.entry("multi_asset_sensor", DefinitionKind.SENSOR),
            // the pre-1.0 names of op, graph and job
            Map.entry("solid", DefinitionKind.OP),
            Map.entry("lambda_solid", DefinitionKind.OP),
            Map.entry("composite_solid", DefinitionKind.GRAPH),
            Map.entry("pipeline", DefinitionKind.JOB));

    private static final Map<String, DefinitionKind> FACTORIES = Map.ofEntries(
            Map.entry("define_asset_job", DefinitionKind.JOB),
            Map.entry("JobDefinition", DefinitionKind.JOB),
            Map.entry("PipelineDefinition", DefinitionKind.JOB),
            Map.entry("ScheduleDefinition", DefinitionKind.SCHEDULE),
            Map.entry("build_schedule_from_partitioned_job", DefinitionKind.SCHEDULE),
            Map.entry("SensorDefinition", DefinitionKind.SENSOR),
            Map.entry("RunStatusSensorDefinition", DefinitionKind.SENSOR),
            Map.entry("AssetSensorDefinition", DefinitionKind.SENSOR),
            Map.entry("make_slack_on_run_failure_sensor", DefinitionKind.SENSOR),
            Map.entry("define_dagstermill_op", DefinitionKind.OP),
            Map.entry("define_dagstermill_asset", DefinitionKind.ASSET));

    /** Factories whose first argument is the definition's name. */
    private static final Set<String> NAMED_FIRST = Set.of("define_asset_job", "define_dagstermill_op",
            "define_dagstermill_asset");

    /** Builds a repository from the keyword arguments {@code Definitions(...)} takes. */
    static final String DEFINITIONS_ARGS_REPOSITORY = "create_repository_using_definitions_args";

    private static final Set<String> ENTRY_DECORATORS = Set.of("repository", "definitions");

    /**
     * Calls whose value a loader finds as a location's definitions, besides {@code Definitions(...)} itself; a
     * module-level {@code create_repository_using_definitions_args(...)} is a repository a loader finds too.
     */
    private static final Set<String> ENTRY_CALLS = Set.of("Definitions", "load_definitions_from_module",
            "load_definitions_from_modules", "load_definitions_from_package_module",
            "load_definitions_from_package_name", "load_definitions_from_current_module", "load_from_defs_folder",
            "load_defs", DEFINITIONS_ARGS_REPOSITORY);

    private DagsterExtractor() {
    }

    /** The kind of definition a Dagster decorator makes ({@code op}, {@code graph}, ...), or null. */
    static DefinitionKind decoratorKind(String member) {
        return member == null ? null : DECORATORS.get(member);
    }

    /**
     * A name Dagster derives from another definition's (a schedule of job {@code x} is {@code x_schedule}), known
     * only once every module is read: {@link ModelBuilder} fills it in.
     */
    record Derived(String reference, String suffix) {}

    /** @param derived where definitions whose name is derived from another's are recorded, name still null */
    static void extract(PythonModule module, CodeLocation location, Map<DagsterDefinition, Derived> derived) {
        var facts = module.facts();
        if (facts == null) {
            return;
        }
        for (PyFunction function : facts.functions()) {
            if (!function.topLevel()) {
                continue;
            }
            for (PyDecorator decorator : function.decorators()) {
                String member = Bindings.dagsterMember(location, Bindings.resolve(module, decorator.target()));
                if (member == null) {
                    continue;
                }
                DefinitionKind kind = DECORATORS.get(member);
                if (kind != null) {
                    location.addDefinition(fromDecorator(module, function, decorator, kind, member));
                } else if (ENTRY_DECORATORS.contains(member)) {
                    location.addEntryPoint(entryFromFunction(location, module, function, member));
                }
            }
        }
        Map<PyExpr.Call, PyAssignment> assignedCalls = new HashMap<>();
        for (PyAssignment assignment : facts.moduleAssignments()) {
            if (assignment.value() instanceof PyExpr.Call call) {
                assignedCalls.put(call, assignment);
            }
        }
        for (PyCall pyCall : facts.moduleCalls()) {
            PyExpr.Call call = pyCall.call();
            PyAssignment assignment = assignedCalls.get(call);
            String member = Bindings.dagsterMember(location, Bindings.resolve(module, pyCall.callee()));
            if (isEntryCall(location, module, call)) {
                if (assignment != null) {
                    location.addEntryPoint(new EntryPoint(EntryPoint.Kind.DEFINITIONS, module, assignment.target(),
                            assignment.targetSpan(), call, null));
                }
                continue;
            }
            DefinitionKind kind = member == null ? null : FACTORIES.get(member);
            if (kind != null) {
                location.addDefinition(fromFactory(module, call, assignment, kind, member, derived));
            } else if (isToJob(call)) {
                location.addDefinition(fromToJob(module, call, assignment, derived));
            }
        }
    }

    /**
     * The names of the jobs a module builds inside its functions, which no module-level reading sees: a test's
     * {@code define_asset_job("x", ...)}, {@code graph.to_job(name="x")} or nested {@code @job}.
     */
    static Set<String> jobsDefinedInFunctions(CodeLocation location, PythonModule module) {
        Set<String> names = new HashSet<>();
        var facts = module.facts();
        for (PyFunction function : facts.functions()) {
            for (PyDecorator decorator : function.decorators()) {
                String member = Bindings.dagsterMember(location, Bindings.resolve(module, decorator.target()));
                PyExpr name = decorator.keyword("name");
                if (!function.topLevel() && member != null && DECORATORS.get(member) == DefinitionKind.JOB) {
                    if (name instanceof PyExpr.Str s && !s.fString()) {
                        names.add(s.value());
                    } else if (name == null) {
                        names.add(function.name());
                    }
                }
            }
        }
        for (PyCall pyCall : facts.calls()) {
            PyExpr.Call call = pyCall.call();
            String member = Bindings.dagsterMember(location, Bindings.resolve(module, pyCall.callee()));
            if (pyCall.enclosingFunction() == null || !(isToJob(call)
                    || member != null && FACTORIES.get(member) == DefinitionKind.JOB)) {
                continue;
            }
            PyExpr name = keyword(call, "name");
            if (name == null && "define_asset_job".equals(member) && !call.args().isEmpty()) {
                name = call.args().get(0);
            }
            if (name instanceof PyExpr.Str s && !s.fString()) {
                names.add(s.value());
            }
        }
        return names;
    }

    /** {@code Definitions(...)}, {@code Definitions.merge(...)} or a loader that builds Definitions. */
    static boolean isEntryCall(CodeLocation location, PythonModule module, PyExpr.Call call) {
        String qualified = Bindings.resolve(module, PyExpr.dotted(call.func()));
        String member = Bindings.dagsterMember(location, qualified);
        return member != null && (ENTRY_CALLS.contains(member) || qualified.endsWith(".Definitions.merge"));
    }

    private static boolean isToJob(PyExpr.Call call) {
        return call.func() instanceof PyExpr.Attribute attribute && attribute.attr().equals("to_job");
    }

    private static DagsterDefinition fromDecorator(PythonModule module, PyFunction function, PyDecorator decorator,
                                                   DefinitionKind kind, String member) {
        String name = function.name();
        Span span = function.nameSpan();
        PyExpr nameArg = decorator.keyword("name");
        if (nameArg instanceof PyExpr.Str s) {
            name = s.fString() ? null : s.value();
            span = s.span();
        } else if (nameArg != null) {
            // a name computed at run time (a constant, a call): the function's name is not the one Dagster uses
            name = null;
        }
        PyExpr key = member.equals("asset") ? decorator.keyword("key") : null;
        if (key != null) {
            // an asset with a key is named by the key's last part
            PyExpr.Str last = lastKeyPart(key);
            name = last == null || last.fString() ? null : last.value();
            span = last == null ? span : last.span();
        }
        PyExpr.Call call = decorator.expression() instanceof PyExpr.Call c ? c : null;
        return new DagsterDefinition(kind, name, span, module, function.name(), "dagster." + member, function, call);
    }

    /**
     * The last part of a literal asset key: a string is one part, as Dagster reads it; a list or tuple, bare or in
     * {@code AssetKey(...)}, ends with its last; null when the key is built at run time.
     */
    private static PyExpr.Str lastKeyPart(PyExpr key) {
        PyExpr parts = key instanceof PyExpr.Call call && PyExpr.dotted(call.func()) != null
                && PyExpr.dotted(call.func()).endsWith("AssetKey") && call.args().size() == 1 ? call.args().get(0) : key;
        List<PyExpr> elements = parts instanceof PyExpr.ListExpr list ? list.elements()
                : parts instanceof PyExpr.TupleExpr tuple ? tuple.elements() : List.of(parts);
        return !elements.isEmpty() && elements.get(elements.size() - 1) instanceof PyExpr.Str s ? s : null;
    }

    private static EntryPoint entryFromFunction(CodeLocation location, PythonModule module, PyFunction function,
                                                String member) {
        if (member.equals("repository")) {
            return new EntryPoint(EntryPoint.Kind.REPOSITORY, module, function.name(), function.nameSpan(), null,
                    function);
        }
        PyExpr.Call returned = null;
        for (PyExpr value : function.body().returns()) {
            if (value instanceof PyExpr.Call call && isEntryCall(location, module, call)) {
                returned = call;
            }
        }
        return new EntryPoint(EntryPoint.Kind.DEFINITIONS_FUNCTION, module, function.name(), function.nameSpan(),
                returned, function);
    }

    private static DagsterDefinition fromFactory(PythonModule module, PyExpr.Call call, PyAssignment assignment,
                                                 DefinitionKind kind, String member,
                                                 Map<DagsterDefinition, Derived> derived) {
        String binding = assignment == null ? null : assignment.target();
        Span fallbackSpan = assignment == null ? call.span() : assignment.targetSpan();
        PyExpr nameArg = keyword(call, "name");
        if (nameArg == null && NAMED_FIRST.contains(member) && !call.args().isEmpty()) {
            nameArg = call.args().get(0);
        }
        String name = null;
        Span span = fallbackSpan;
        Derived derivation = null;
        if (nameArg instanceof PyExpr.Str s) {
            // an f-string's name is only known at run time: its literal parts are not the name
            name = s.fString() ? null : s.value();
            span = s.span();
        } else if (nameArg == null) {
            name = defaultName(call, member);
            derivation = name == null ? derivedName(call, member) : null;
        }
        DagsterDefinition definition = new DagsterDefinition(kind, name, span, module, binding, "dagster." + member,
                null, call);
        if (derivation != null) {
            derived.put(definition, derivation);
        }
        return definition;
    }

    /** Names Dagster gives when no {@code name=} is given and that are known from the call alone, else null. */
    private static String defaultName(PyExpr.Call call, String member) {
        if (member.equals("make_slack_on_run_failure_sensor")) {
            return "slack_on_run_failure";
        }
        if (member.equals("ScheduleDefinition") && keyword(call, "job_name") instanceof PyExpr.Str s
                && !s.fString()) {
            return s.value() + "_schedule";
        }
        return null;
    }

    /** Names Dagster derives from the targeted job's name, or null when there is none to derive from. */
    private static Derived derivedName(PyExpr.Call call, String member) {
        PyExpr job = switch (member) {
            case "ScheduleDefinition" -> keyword(call, "job");
            case "build_schedule_from_partitioned_job" -> call.args().isEmpty() ? keyword(call, "job") : call.args().get(0);
            default -> null;
        };
        String dotted = job == null ? null : PyExpr.dotted(job);
        return dotted == null ? null : new Derived(dotted, "_schedule");
    }

    private static DagsterDefinition fromToJob(PythonModule module, PyExpr.Call call, PyAssignment assignment,
                                               Map<DagsterDefinition, Derived> derived) {
        String binding = assignment == null ? null : assignment.target();
        Span span = assignment == null ? call.span() : assignment.targetSpan();
        PyExpr nameArg = keyword(call, "name");
        String name = null;
        if (nameArg instanceof PyExpr.Str s) {
            name = s.fString() ? null : s.value();
            span = s.span();
        }
        DagsterDefinition definition = new DagsterDefinition(DefinitionKind.JOB, name, span, module, binding,
                "dagster.GraphDefinition.to_job", null, call);
        String graph = PyExpr.dotted(((PyExpr.Attribute) call.func()).value());
        if (nameArg == null && graph != null) {
            // to_job() without a name takes the graph's
            derived.put(definition, new Derived(graph, ""));
        }
        return definition;
    }

    static PyExpr keyword(PyExpr.Call call, String name) {
        for (PyExpr.Keyword k : call.keywords()) {
            if (name.equals(k.name())) {
                return k.value();
            }
        }
        return null;
    }

}

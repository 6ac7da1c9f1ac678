package io.loclint.engine.model;

import io.loclint.grammar.Span;
import io.loclint.grammar.python.PyAssignment;
import io.loclint.grammar.python.PyCall;
import io.loclint.grammar.python.PyDecorator;
import io.loclint.grammar.python.PyExpr;
import io.loclint.grammar.python.PyFunction;

import java.util.HashMap;
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
            Map.entry("multi_asset_sensor", DefinitionKind.SENSOR));

    private static final Map<String, DefinitionKind> FACTORIES = Map.of(
            "define_asset_job", DefinitionKind.JOB,
            "JobDefinition", DefinitionKind.JOB,
            "ScheduleDefinition", DefinitionKind.SCHEDULE,
            "build_schedule_from_partitioned_job", DefinitionKind.SCHEDULE,
            "SensorDefinition", DefinitionKind.SENSOR,
            "RunStatusSensorDefinition", DefinitionKind.SENSOR,
            "AssetSensorDefinition", DefinitionKind.SENSOR,
            "make_slack_on_run_failure_sensor", DefinitionKind.SENSOR);

    private static final Set<String> ENTRY_DECORATORS = Set.of("repository", "definitions");

    private DagsterExtractor() {
    }

    static void extract(PythonModule module, CodeLocation location) {
        var facts = module.facts();
        if (facts == null) {
            return;
        }
        for (PyFunction function : facts.functions()) {
            if (!function.topLevel()) {
                continue;
            }
            for (PyDecorator decorator : function.decorators()) {
                String member = Bindings.dagsterMember(Bindings.resolve(module, decorator.target()));
                if (member == null) {
                    continue;
                }
                DefinitionKind kind = DECORATORS.get(member);
                if (kind != null) {
                    location.addDefinition(fromDecorator(module, function, decorator, kind, member));
                } else if (ENTRY_DECORATORS.contains(member)) {
                    location.addEntryPoint(entryFromFunction(module, function, member));
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
            String member = Bindings.dagsterMember(Bindings.resolve(module, pyCall.callee()));
            if ("Definitions".equals(member)) {
                if (assignment != null) {
                    location.addEntryPoint(new EntryPoint(EntryPoint.Kind.DEFINITIONS, module, assignment.target(),
                            assignment.targetSpan(), call, null));
                }
                continue;
            }
            DefinitionKind kind = member == null ? null : FACTORIES.get(member);
            if (kind != null) {
                location.addDefinition(fromFactory(module, call, assignment, kind, member));
            } else if (isToJob(call)) {
                location.addDefinition(fromToJob(module, call, assignment));
            }
        }
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
            name = s.value();
            span = s.span();
        }
        PyExpr.Call call = decorator.expression() instanceof PyExpr.Call c ? c : null;
        return new DagsterDefinition(kind, name, span, module, function.name(), "dagster." + member, function, call);
    }

    private static EntryPoint entryFromFunction(PythonModule module, PyFunction function, String member) {
        if (member.equals("repository")) {
            return new EntryPoint(EntryPoint.Kind.REPOSITORY, module, function.name(), function.nameSpan(), null,
                    function);
        }
        PyExpr.Call returned = null;
        for (PyExpr value : function.body().returns()) {
            if (value instanceof PyExpr.Call call
                    && "Definitions".equals(Bindings.dagsterMember(Bindings.resolve(module, PyExpr.dotted(call.func()))))) {
                returned = call;
            }
        }
        return new EntryPoint(EntryPoint.Kind.DEFINITIONS_FUNCTION, module, function.name(), function.nameSpan(),
                returned, function);
    }

    private static DagsterDefinition fromFactory(PythonModule module, PyExpr.Call call, PyAssignment assignment,
                                                 DefinitionKind kind, String member) {
        String binding = assignment == null ? null : assignment.target();
        Span fallbackSpan = assignment == null ? call.span() : assignment.targetSpan();
        PyExpr nameArg = keyword(call, "name");
        if (nameArg == null && member.equals("define_asset_job") && !call.args().isEmpty()) {
            nameArg = call.args().get(0);
        }
        String name = null;
        Span span = fallbackSpan;
        if (nameArg instanceof PyExpr.Str s) {
            name = s.value();
            span = s.span();
        } else if (nameArg == null) {
            name = defaultName(module, call, member);
        }
        return new DagsterDefinition(kind, name, span, module, binding, "dagster." + member, null, call);
    }

    /** Names Dagster derives when no {@code name=} is given; null when it cannot be known statically. */
    private static String defaultName(PythonModule module, PyExpr.Call call, String member) {
        switch (member) {
            case "make_slack_on_run_failure_sensor":
                return "slack_on_run_failure";
            case "ScheduleDefinition": {
                PyExpr jobName = keyword(call, "job_name");
                if (jobName instanceof PyExpr.Str s) {
                    return s.value() + "_schedule";
                }
                PyExpr job = keyword(call, "job");
                return job == null ? null : pending(job, "_schedule");
            }
            case "build_schedule_from_partitioned_job": {
                PyExpr job = call.args().isEmpty() ? keyword(call, "job") : call.args().get(0);
                return job == null ? null : pending(job, "_schedule");
            }
            default:
                return null;
        }
    }

    /**
     * A name derived from another definition's name, resolved once every module is read: kept as
     * {@code \u0000dotted\u0000suffix} until {@link ModelBuilder} replaces it.
     */
    private static String pending(PyExpr reference, String suffix) {
        String dotted = PyExpr.dotted(reference);
        return dotted == null ? null : DERIVED + dotted + DERIVED + suffix;
    }

    static final String DERIVED = "\u0000";

    private static DagsterDefinition fromToJob(PythonModule module, PyExpr.Call call, PyAssignment assignment) {
        String binding = assignment == null ? null : assignment.target();
        Span span = assignment == null ? call.span() : assignment.targetSpan();
        PyExpr nameArg = keyword(call, "name");
        String name;
        if (nameArg instanceof PyExpr.Str s) {
            name = s.value();
            span = s.span();
        } else {
            name = pending(((PyExpr.Attribute) call.func()).value(), "");
        }
        return new DagsterDefinition(DefinitionKind.JOB, name, span, module, binding, "dagster.GraphDefinition.to_job",
                null, call);
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

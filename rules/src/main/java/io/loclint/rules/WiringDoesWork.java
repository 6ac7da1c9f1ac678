package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.DefinitionKind;
import io.loclint.engine.model.Resolver;
import io.loclint.engine.model.StandardLibrary;
import io.loclint.engine.model.Target;
import io.loclint.engine.model.WiringCall;
import io.loclint.engine.rule.ProjectRule;
import io.loclint.engine.rule.RuleContext;
import io.loclint.grammar.python.PyBody;
import io.loclint.grammar.python.PyCall;
import io.loclint.grammar.python.PyExpr;
import io.loclint.grammar.python.PyFunction;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

@RuleInfo(code = "SOC001", name = "wiring-does-work", severity = Severity.WARNING, guide = "2.4",
        summary = "A job or graph body does more than wire ops.",
        tags = "separation-of-concerns")
public final class WiringDoesWork implements ProjectRule {
    /** Methods on op outputs that are wiring, not work (dynamic outputs). */
    private static final Set<String> WIRING_METHODS = Set.of("map", "collect", "alias", "configured", "tag",
            "with_hooks", "with_retry_policy");
    /** Packages whose calls are I/O or data work wherever they are imported from. */
    private static final Set<String> WORK_LIBRARIES = Set.of("requests", "httpx", "urllib3", "boto3", "botocore",
            "pandas", "numpy", "polars", "pyarrow", "sqlalchemy", "psycopg2", "psycopg", "pymysql", "pyspark",
            "duckdb", "s3fs", "fsspec", "google", "azure", "paramiko", "smart_open");

    @Override
    public void check(CodeLocation location, RuleContext context) {
        for (DagsterDefinition d : location.definitions()) {
            if ((d.kind() == DefinitionKind.JOB || d.kind() == DefinitionKind.GRAPH) && d.function() != null) {
                PyBody body = d.function().body();
                for (PyBody.Construct construct : body.controlFlow()) {
                    context.report(d.path(), construct.span(),
                            Wording.definition(d) + " has " + Wording.withArticle(construct.kind().replace('_', ' '))
                                    + " in its body; a job or graph body should only wire ops",
                            d.kind().label() + ":" + d.name() + ":" + construct.kind(),
                            "move the logic into an op, or into a module the op calls");
                }
                for (PyBody.Construct construct : body.arithmetic()) {
                    context.report(d.path(), construct.span(),
                            Wording.definition(d) + " computes with '" + construct.kind()
                                    + "' in its body; a job or graph body should only wire ops",
                            d.kind().label() + ":" + d.name() + ":" + construct.kind(),
                            "move the computation into an op");
                }
            }
        }
        Resolver resolver = new Resolver(location);
        for (WiringCall call : location.graph().wiringCalls()) {
            DagsterDefinition owner = call.owner();
            if (owner.kind() != DefinitionKind.JOB && owner.kind() != DefinitionKind.GRAPH) {
                continue;
            }
            if (!isWiring(call.call(), call.target(), resolver,
                    Collections.newSetFromMap(new IdentityHashMap<>()))) {
                String callee = call.call().callee() != null ? call.call().callee()
                        : Resolver.textOf(call.call().call().func());
                context.report(owner.path(), call.call().span(),
                        Wording.definition(owner) + " calls '" + callee + "', which is not an op or graph; a job or"
                                + " graph body should only wire ops",
                        owner.kind().label() + ":" + owner.name() + ":" + callee,
                        "move the call into an op, or into a module the op calls");
            }
        }
    }

    private static boolean isWiring(PyCall call, Target target, Resolver resolver, Set<PyFunction> seen) {
        DagsterDefinition local = target.local();
        if (local != null) {
            // an asset called while composing a job stands for its op (AssetsDefinition defers to its node)
            return local.kind() == DefinitionKind.OP || local.kind() == DefinitionKind.GRAPH
                    || local.kind() == DefinitionKind.ASSET;
        }
        if (call.call().func() instanceof PyExpr.Attribute attribute
                && WIRING_METHODS.contains(attribute.attr())) {
            return true;
        }
        if (target instanceof Target.Opaque value && resolver.isFactoryMadeOp(value)) {
            return true;
        }
        Resolver.Helper helper = resolver.plainFunction(target);
        if (helper != null) {
            return onlyWires(helper, resolver, seen);
        }
        if (target instanceof Target.External external) {
            String top = external.qualifiedName().split("\\.", 2)[0];
            return !StandardLibrary.contains(top) && !WORK_LIBRARIES.contains(top);
        }
        return false;
    }

    /**
     * Whether a plain function a job or graph body calls does nothing but wire: no control flow, no arithmetic, and
     * only calls that are wiring themselves, at least one. Such a helper splits a long job into named parts
     * (`def load_orders(source): return store_orders(read_orders(source))`), and its ops run in that job.
     */
    private static boolean onlyWires(Resolver.Helper helper, Resolver resolver, Set<PyFunction> seen) {
        PyBody body = helper.function().body();
        if (!seen.add(helper.function()) || !body.controlFlow().isEmpty() || !body.arithmetic().isEmpty()
                || body.calls().isEmpty()) {
            return false;
        }
        try {
            for (PyCall call : body.calls()) {
                if (!isWiring(call, resolver.resolveExpression(helper.module(), call.call().func()), resolver, seen)) {
                    return false;
                }
            }
            return true;
        } finally {
            // a stack, not a record of visits: a helper called twice is wiring both times, only a cycle is not
            seen.remove(helper.function());
        }
    }
}

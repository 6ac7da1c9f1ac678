package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.AssetKeys;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.DefinitionKind;
import io.loclint.engine.model.EntryPoint;
import io.loclint.engine.model.Registration;
import io.loclint.engine.rule.ProjectRule;
import io.loclint.engine.rule.RuleContext;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

@RuleInfo(code = "DEF004", name = "duplicate-registration", severity = Severity.ERROR, guide = "2.3.1",
        summary = "Two definitions of the same kind registered under the same effective name.",
        tags = "definitions")
public final class DuplicateRegistration implements ProjectRule {
    @Override
    public void check(CodeLocation location, RuleContext context) {
        // each entry point is loaded on its own: the same name in two of them is no clash
        Map<EntryPoint, Map<String, DagsterDefinition>> first = new IdentityHashMap<>();
        for (Registration registration : location.graph().registrations()) {
            DagsterDefinition d = registration.reference().target().local();
            String name = d == null ? null : effectiveName(d);
            if (name == null) {
                continue;
            }
            DagsterDefinition earlier = first.computeIfAbsent(registration.entryPoint(), e -> new HashMap<>())
                    .putIfAbsent(d.kind() + ":" + name, d);
            if (earlier != null && earlier != d) {
                String shown = name.equals(d.name()) ? Wording.definition(d)
                        : Wording.definition(d) + " (asset key '" + name + "')";
                context.report(registration.reference().path(), registration.reference().span(),
                        shown + " is registered twice: defined in " + context.shown(d.path()) + " line "
                                + d.nameSpan().startLine() + " and in " + context.shown(earlier.path()) + " line "
                                + earlier.nameSpan().startLine(),
                        d.kind().label() + ":" + d.name(),
                        "rename one of them, or give the new version a _ver_N tag");
            }
        }
    }

    /** What Dagster tells definitions of one kind apart by: an asset's key, any other definition's name. */
    private static String effectiveName(DagsterDefinition d) {
        return d.kind() == DefinitionKind.ASSET && !d.factory().endsWith("multi_asset") ? AssetKeys.of(d) : d.name();
    }
}

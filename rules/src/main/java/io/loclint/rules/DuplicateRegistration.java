package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.DagsterDefinition;
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
            if (d == null || d.name() == null) {
                continue;
            }
            String key = d.kind() + ":" + d.name();
            DagsterDefinition earlier = first.computeIfAbsent(registration.entryPoint(), e -> new HashMap<>())
                    .putIfAbsent(key, d);
            if (earlier != null && earlier != d) {
                context.report(registration.reference().path(), registration.reference().span(),
                        Wording.definition(d) + " is registered twice: defined in " + d.path() + " line "
                                + d.nameSpan().startLine() + " and in " + earlier.path() + " line "
                                + earlier.nameSpan().startLine(),
                        d.kind().label() + ":" + d.name(),
                        "rename one of them, or give the new version a _ver_N tag");
            }
        }
    }
}

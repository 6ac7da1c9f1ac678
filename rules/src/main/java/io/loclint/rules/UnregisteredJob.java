package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.DefinitionKind;
import io.loclint.engine.rule.ProjectRule;
import io.loclint.engine.rule.RuleContext;

@RuleInfo(code = "DEF002", name = "unregistered-job", severity = Severity.NOTE, guide = "2.3.3",
        summary = "A job is defined but not registered (a temporarily deleted workflow).",
        tags = "definitions")
public final class UnregisteredJob implements ProjectRule {
    @Override
    public void check(CodeLocation location, RuleContext context) {
        if (!Wording.hasEntryPoint(location)) {
            return;
        }
        for (DagsterDefinition d : location.definitions()) {
            if (d.kind() == DefinitionKind.JOB && !d.module().test() && d.name() != null
                    && !OwnEntryPoint.registers(location, d) && !OwnEntryPoint.outOfReach(location, d)) {
                context.report(d.path(), d.nameSpan(),
                        Wording.definition(d) + " is defined in " + context.shown(d.path())
                                + " but not registered in " + OwnEntryPoint.file(location, d.path(), context),
                        "job:" + d.name(),
                        "register it in Definitions(jobs=[...]), or delete it with its ops, schedules and tests");
            }
        }
    }
}

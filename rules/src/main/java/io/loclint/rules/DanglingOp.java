package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.DefinitionKind;
import io.loclint.engine.rule.ProjectRule;
import io.loclint.engine.rule.RuleContext;

@RuleInfo(code = "DEF003", name = "dangling-op", severity = Severity.WARNING, guide = "2.3.3",
        summary = "An op defined in this code location that no job or graph uses.",
        tags = "definitions")
public final class DanglingOp implements ProjectRule {
    @Override
    public void check(CodeLocation location, RuleContext context) {
        for (DagsterDefinition d : location.definitions()) {
            if (d.kind() == DefinitionKind.OP && !d.module().test() && location.graph().usersOf(d).isEmpty()) {
                context.report(d.path(), d.nameSpan(),
                        Wording.definition(d) + " is not used by any job or graph in this code location",
                        "op:" + d.name(),
                        "delete the op, or wire it into the job it belongs to");
            }
        }
    }
}

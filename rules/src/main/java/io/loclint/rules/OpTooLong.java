package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.DefinitionKind;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.rule.RuleContext;

@RuleInfo(code = "SOC002", name = "op-too-long", severity = Severity.NOTE, guide = "2.4",
        summary = "An op body is longer than the configured limit: business logic belongs in a module.")
public final class OpTooLong implements ElementRule<DagsterDefinition> {
    @Override
    public Class<DagsterDefinition> elementType() {
        return DagsterDefinition.class;
    }

    @Override
    public void check(DagsterDefinition d, RuleContext context) {
        if (d.kind() != DefinitionKind.OP || d.function() == null) {
            return;
        }
        int statements = d.function().body().statementCount();
        int limit = context.options().opMaxStatements();
        if (statements > limit) {
            context.report(d.path(), d.nameSpan(),
                    Wording.definition(d) + " has " + statements + " statements, more than the limit of "
                            + limit + "; business logic belongs in a module the op calls",
                    "op:" + d.name(),
                    "move the logic into a function in a separate module and call it from the op");
        }
    }
}

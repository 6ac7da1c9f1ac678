package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.config.RuleOption;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.DefinitionKind;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.rule.RuleContext;

import java.util.List;

@RuleInfo(code = "SOC002", name = "op-too-long", severity = Severity.NOTE, guide = "2.4",
        summary = "An op body is longer than the configured limit: business logic belongs in a module.",
        tags = "separation-of-concerns")
public final class OpTooLong implements ElementRule<DagsterDefinition> {
    static final RuleOption<Integer> MAX_STATEMENTS = RuleOption.integer("op-max-statements",
            "statements an op body may have", 40, 1, 10_000);

    @Override
    public List<RuleOption<?>> options() {
        return List.of(MAX_STATEMENTS);
    }

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
        int limit = context.option(MAX_STATEMENTS);
        if (statements > limit) {
            context.report(d.path(), d.nameSpan(),
                    Wording.definition(d) + " has " + statements + " statements, more than the limit of "
                            + limit + "; business logic belongs in a module the op calls",
                    "op:" + d.name(),
                    "move the logic into a function in a separate module and call it from the op");
        }
    }
}

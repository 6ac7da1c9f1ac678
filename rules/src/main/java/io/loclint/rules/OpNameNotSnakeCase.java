package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.DefinitionKind;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.rule.RuleContext;

import java.util.Set;

@RuleInfo(code = "NAM002", name = "op-name-not-snake-case", severity = Severity.ERROR, guide = "2.4",
        summary = "An op, graph or asset name is not snake_case.",
        tags = "naming")
public final class OpNameNotSnakeCase implements ElementRule<DagsterDefinition> {
    private static final Set<DefinitionKind> KINDS = Set.of(DefinitionKind.OP, DefinitionKind.GRAPH,
            DefinitionKind.ASSET);

    @Override
    public Class<DagsterDefinition> elementType() {
        return DagsterDefinition.class;
    }

    @Override
    public void check(DagsterDefinition definition, RuleContext context) {
        NameCheck.check(definition, KINDS, context);
    }
}

package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.DefinitionKind;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.rule.RuleContext;

import java.util.Set;

@RuleInfo(code = "NAM001", name = "job-name-not-snake-case", severity = Severity.ERROR, guide = "2.4",
        summary = "A job's effective name is not snake_case.",
        tags = "naming")
public final class JobNameNotSnakeCase implements ElementRule<DagsterDefinition> {
    @Override
    public Class<DagsterDefinition> elementType() {
        return DagsterDefinition.class;
    }

    @Override
    public void check(DagsterDefinition definition, RuleContext context) {
        NameCheck.check(definition, Set.of(DefinitionKind.JOB), context);
    }
}

package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.DefinitionKind;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.rule.RuleContext;

import java.util.Set;

@RuleInfo(code = "NAM003", name = "schedule-name-not-snake-case", severity = Severity.WARNING, guide = "2.4",
        summary = "A schedule or sensor name is not snake_case.",
        tags = "naming")
public final class ScheduleNameNotSnakeCase implements ElementRule<DagsterDefinition> {
    private static final Set<DefinitionKind> KINDS = Set.of(DefinitionKind.SCHEDULE, DefinitionKind.SENSOR);

    @Override
    public Class<DagsterDefinition> elementType() {
        return DagsterDefinition.class;
    }

    @Override
    public void check(DagsterDefinition definition, RuleContext context) {
        NameCheck.check(definition, KINDS, context);
    }
}

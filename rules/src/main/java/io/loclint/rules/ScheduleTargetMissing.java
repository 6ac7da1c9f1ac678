package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.DefinitionKind;
import io.loclint.engine.rule.ProjectRule;
import io.loclint.engine.rule.RuleContext;

@RuleInfo(code = "SCH001", name = "schedule-target-missing", severity = Severity.ERROR, guide = "2.3.3",
        summary = "A schedule targets a job that is not defined, or defined but not registered.",
        tags = "schedules-and-sensors")
public final class ScheduleTargetMissing implements ProjectRule {
    @Override
    public void check(CodeLocation location, RuleContext context) {
        TargetCheck.check(location, DefinitionKind.SCHEDULE, context);
    }
}

package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.DefinitionKind;
import io.loclint.engine.rule.ProjectRule;
import io.loclint.engine.rule.RuleContext;

@RuleInfo(code = "SCH002", name = "sensor-target-missing", severity = Severity.ERROR, guide = "2.3.3",
        summary = "A sensor targets or monitors a job that is not defined, or not registered.",
        tags = "schedules-and-sensors")
public final class SensorTargetMissing implements ProjectRule {
    @Override
    public void check(CodeLocation location, RuleContext context) {
        TargetCheck.check(location, DefinitionKind.SENSOR, context);
    }
}

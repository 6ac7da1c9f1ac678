package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.DefinitionKind;
import io.loclint.engine.rule.ProjectRule;
import io.loclint.engine.rule.RuleContext;

@RuleInfo(code = "SCH003", name = "orphaned-schedule", severity = Severity.WARNING, guide = "2.3.3",
        summary = "A schedule or sensor is defined but not registered.",
        tags = "schedules-and-sensors")
public final class OrphanedSchedule implements ProjectRule {
    @Override
    public void check(CodeLocation location, RuleContext context) {
        if (!Wording.hasEntryPoint(location)) {
            return;
        }
        for (DagsterDefinition d : location.definitions()) {
            boolean scheduleOrSensor = d.kind() == DefinitionKind.SCHEDULE || d.kind() == DefinitionKind.SENSOR;
            if (scheduleOrSensor && !d.module().test() && !location.graph().isRegistered(d)
                    && !OwnEntryPoint.mayRegisterUnseen(location, d) && !OwnEntryPoint.outOfReach(location, d)) {
                String name = d.name() != null || d.binding() != null ? Wording.definition(d)
                        : "a " + d.kind().label() + " whose name is built at run time";
                context.report(d.path(), d.nameSpan(),
                        name + " is defined in " + context.shown(d.path()) + " but not registered in "
                                + OwnEntryPoint.file(location, d.path(), context) + ", so it never runs",
                        d.kind().label() + ":" + (d.name() != null ? d.name() : d.binding()),
                        "register it in Definitions(" + d.kind().label() + "s=[...]), or delete it");
            }
        }
    }
}

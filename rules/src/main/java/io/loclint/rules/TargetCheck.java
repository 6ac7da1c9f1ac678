package io.loclint.rules;

import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.DefinitionKind;
import io.loclint.engine.model.JobTarget;
import io.loclint.engine.model.Target;
import io.loclint.engine.rule.RuleContext;

/** SCH001 and SCH002: a registered schedule or sensor whose job is missing or not registered. */
final class TargetCheck {
    private TargetCheck() {
    }

    static void check(CodeLocation location, DefinitionKind sourceKind, RuleContext context) {
        for (JobTarget target : location.graph().jobTargets()) {
            DagsterDefinition source = target.source();
            if (source.kind() != sourceKind || !location.graph().isRegistered(source)) {
                continue;
            }
            String verb = sourceKind == DefinitionKind.SCHEDULE ? "targets" : verbFor(target.keyword());
            String problem = null;
            DagsterDefinition job = target.reference().target().local();
            if (target.reference().target() instanceof Target.Undefined undefined) {
                problem = "which " + undefined.reason(context::shown);
            } else if (job != null && job.kind() == DefinitionKind.JOB && !location.graph().isRegistered(job)
                    && !OwnEntryPoint.mayRegisterUnseen(location, job)) {
                problem = "which is defined in " + context.shown(job.path()) + " but not registered in "
                        + OwnEntryPoint.file(location, job.path(), context);
            }
            if (problem != null) {
                context.report(target.reference().path(), target.reference().span(),
                        Wording.definition(source) + " " + verb + " job " + quoted(target.reference().text()) + ", "
                                + problem,
                        source.kind().label() + ":" + (source.name() != null ? source.name() : source.binding())
                                + "->" + target.reference().text(),
                        "point it at a registered job, or delete the " + sourceKind.label());
            }
        }
    }

    private static String verbFor(String keyword) {
        return keyword.startsWith("monitored") ? "monitors" : "targets";
    }

    private static String quoted(String text) {
        return text.startsWith("\"") ? text : "'" + text + "'";
    }
}

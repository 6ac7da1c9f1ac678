package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.config.RuleOption;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.JobTarget;
import io.loclint.engine.model.Reference;
import io.loclint.engine.model.TestReference;
import io.loclint.engine.rule.ProjectRule;
import io.loclint.engine.rule.RuleContext;

import java.util.List;

@RuleInfo(code = "VER003", name = "superseded-version-targeted", severity = Severity.WARNING, guide = "2.3.2",
        summary = "A schedule, sensor or test targets a superseded version of a job while a newer one is registered.",
        tags = "versioning")
public final class SupersededVersionTargeted implements ProjectRule {
    @Override
    public List<RuleOption<?>> options() {
        return List.of(Versions.TAG_PATTERN);
    }

    @Override
    public void check(CodeLocation location, RuleContext context) {
        Versions.Newest newest = new Versions.Newest(location, context.option(Versions.TAG_PATTERN));
        for (JobTarget target : location.graph().jobTargets()) {
            report(newest, context, target.reference(), Wording.definition(target.source()));
        }
        for (TestReference reference : location.graph().testReferences()) {
            // a lookup of every job singles out no version
            if (reference.kind() != TestReference.Kind.EVERY_JOB) {
                report(newest, context, reference.reference(), "a test");
            }
        }
    }

    private static void report(Versions.Newest newest, RuleContext context, Reference reference, String who) {
        DagsterDefinition job = reference.target().local();
        DagsterDefinition newer = job == null ? null : newest.supersedes(job);
        if (newer != null) {
            context.report(reference.path(), reference.span(),
                    who + " targets '" + job.name() + "', superseded by the registered '" + newer.name() + "'",
                    "superseded:" + job.name() + "@" + reference.path(),
                    "point it at '" + newer.name() + "'");
        }
    }
}

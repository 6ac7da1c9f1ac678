package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.config.RuleOption;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.Registration;
import io.loclint.engine.rule.ProjectRule;
import io.loclint.engine.rule.RuleContext;

import java.util.List;

@RuleInfo(code = "VER002", name = "superseded-version-registered", severity = Severity.NOTE, guide = "2.3.2",
        summary = "Two or more versions of the same job are registered at once.",
        tags = "versioning")
public final class SupersededVersionRegistered implements ProjectRule {
    @Override
    public List<RuleOption<?>> options() {
        return List.of(Versions.TAG_PATTERN);
    }

    @Override
    public void check(CodeLocation location, RuleContext context) {
        Versions.Newest newest = new Versions.Newest(location, context.option(Versions.TAG_PATTERN));
        for (Registration registration : location.graph().registrations()) {
            DagsterDefinition d = registration.reference().target().local();
            DagsterDefinition newer = d == null ? null : newest.supersedes(d);
            if (newer != null) {
                context.report(registration.reference().path(), registration.reference().span(),
                        Wording.definition(d) + " is registered alongside its newer version '" + newer.name()
                                + "', which supersedes it",
                        "job:" + d.name(),
                        "unregister '" + d.name() + "' once its runs and schedules have moved to '" + newer.name() + "'");
            }
        }
    }
}

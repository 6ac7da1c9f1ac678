package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.Registration;
import io.loclint.engine.model.Target;
import io.loclint.engine.rule.ProjectRule;
import io.loclint.engine.rule.RuleContext;

@RuleInfo(code = "DEF001", name = "undefined-registration", severity = Severity.ERROR, guide = "2.3.1",
        summary = "The entry point registers a name that resolves to nothing.",
        tags = "definitions")
public final class UndefinedRegistration implements ProjectRule {
    @Override
    public void check(CodeLocation location, RuleContext context) {
        for (Registration registration : location.graph().registrations()) {
            if (registration.reference().target() instanceof Target.Undefined undefined) {
                context.report(registration.reference().path(), registration.reference().span(),
                        "the entry point registers '" + registration.reference().text() + "' in " + registration.argument()
                                + "=, which " + undefined.reason(context::shown),
                        "registration:" + registration.reference().text(),
                        "remove the registration and its import, or restore the definition");
            }
        }
    }
}

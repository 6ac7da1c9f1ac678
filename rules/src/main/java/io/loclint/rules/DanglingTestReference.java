package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.Target;
import io.loclint.engine.model.TestReference;
import io.loclint.engine.rule.ProjectRule;
import io.loclint.engine.rule.RuleContext;

@RuleInfo(code = "TST001", name = "dangling-test", severity = Severity.ERROR, guide = "2.3.3",
        summary = "A test references a job or op that no longer exists in the code location.",
        tags = "tests")
public final class DanglingTestReference implements ProjectRule {
    @Override
    public void check(CodeLocation location, RuleContext context) {
        for (TestReference reference : location.graph().testReferences()) {
            if (!(reference.reference().target() instanceof Target.Undefined undefined)) {
                continue;
            }
            String what = switch (reference.kind()) {
                case IMPORT -> "test imports '" + reference.reference().text() + "'";
                case NAME_STRING -> "test names job " + reference.reference().text();
                case NAME -> "test runs '" + reference.reference().text() + "'";
                case EVERY_JOB -> "test looks up every job with " + reference.reference().text();
            };
            context.report(reference.reference().path(), reference.reference().span(),
                    what + ", which " + undefined.reason(context::shown),
                    "test:" + reference.reference().text(),
                    "delete the test of the removed workflow, or point it at the current definition");
        }
    }
}

package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.result.UnusedSuppression;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.rule.RuleContext;

/** Runs after suppressions are applied, over the codes of suppression comments that silenced nothing. */
@RuleInfo(code = "SUP001", name = "useless-suppression", severity = Severity.NOTE, guide = "2",
        summary = "A suppression comment that suppresses nothing.",
        tags = "suppressions")
public final class UselessSuppression implements ElementRule<UnusedSuppression> {
    @Override
    public Class<UnusedSuppression> elementType() {
        return UnusedSuppression.class;
    }

    @Override
    public void check(UnusedSuppression unused, RuleContext context) {
        var suppression = unused.suppression();
        if (unused.code() == null) {
            context.report(suppression.path(), suppression.span(),
                    "'# loclint: ignore' names no code, so it suppresses nothing: write the codes to suppress in"
                            + " brackets, as in '# loclint: ignore[CODE]'",
                    "suppression@" + suppression.targetLine(),
                    "name the codes of the findings on line " + suppression.targetLine()
                            + " ('loclint check --add-suppressions' writes them), or remove the comment");
            return;
        }
        context.report(suppression.path(), suppression.span(),
                "'loclint: ignore[" + unused.code() + "]' suppresses nothing: no " + unused.code()
                        + " finding on line " + suppression.targetLine(),
                "suppression:" + unused.code() + "@" + suppression.targetLine(),
                "remove the code from the suppression comment (loclint check --fix does)", unused.fix());
    }
}

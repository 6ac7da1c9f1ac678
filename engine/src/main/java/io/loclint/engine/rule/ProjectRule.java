package io.loclint.engine.rule;

import io.loclint.engine.model.CodeLocation;

/** Looks at a code location's whole graph once (dangling ops, orphaned schedules). */
public non-sealed interface ProjectRule extends Rule {
    void check(CodeLocation location, RuleContext context);
}

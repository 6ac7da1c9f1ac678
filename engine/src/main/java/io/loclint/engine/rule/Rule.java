package io.loclint.engine.rule;

import io.loclint.engine.config.RuleOption;

import java.util.List;

/**
 * A rule: stateless, its metadata in {@link RuleInfo} on the class. Implement {@link ElementRule} to look at one
 * kind of model element, or {@link ProjectRule} to look at a whole code location at once.
 */
public sealed interface Rule permits ElementRule, ProjectRule {
    default RuleInfo info() {
        RuleInfo info = getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(getClass().getName() + " has no @RuleInfo");
        }
        return info;
    }

    /**
     * The options this rule reads, declared as constants next to the rule (or in the helper of the rules that share
     * them); {@link RuleContext#option} reads only these.
     */
    default List<RuleOption<?>> options() {
        return List.of();
    }
}

package io.loclint.engine.rule;

import io.loclint.engine.result.Severity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, on the rule class itself (Error Prone's {@code @BugPattern}); the registry, {@code loclint rules},
 * SARIF's {@code rules[]} and the README's rule table all come from it. Options are declared by
 * {@link Rule#options()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    String code();

    /** kebab-case */
    String name();

    Severity severity();

    /** One sentence. */
    String summary();

    /** Section of the workflow guide, e.g. "2.4". */
    String guide();

    /**
     * SARIF {@code properties.tags}, the rule family first (e.g. "naming"); a rule with a {@link #securitySeverity()}
     * also carries "security", which GitHub code scanning needs before it shows one.
     */
    String[] tags();

    /** GitHub code scanning's {@code security-severity}, a CVSS-like score such as "7.0"; empty for none. */
    String securitySeverity() default "";

    /** SARIF {@code precision} (very-high, high, medium, low): how often a finding is real; empty for none. */
    String precision() default "";
}

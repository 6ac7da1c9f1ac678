package io.loclint.engine.rule;

import io.loclint.engine.result.Severity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's metadata, on the rule class itself (Error Prone's {@code @BugPattern}). */
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
}

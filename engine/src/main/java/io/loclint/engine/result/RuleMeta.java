package io.loclint.engine.result;


/**
 * What a report needs to know about a rule, read from its {@code @RuleInfo} annotation and its doc page.
 *
 * @param name         kebab-case, e.g. {@code job-name-not-snake-case}
 * @param summary      one sentence
 * @param description  the rule page's "What it does" and "Why it matters"
 * @param help         the rule page's "Use instead"
 * @param guideSection the section of the workflow guide the policy comes from, e.g. {@code 2.4}
 */
public record RuleMeta(String code, String name, Severity severity, String summary, String description,
                       String help, String guideSection) {

    public static final String DOCS_BASE = "https://github.com/loclint/loclint/blob/main/docs/rules/";

    public String helpUri() {
        return DOCS_BASE + code + ".md";
    }
}

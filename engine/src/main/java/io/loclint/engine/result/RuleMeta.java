package io.loclint.engine.result;


import java.util.List;

/**
 * What a report needs to know about a rule, read from its {@code @RuleInfo} annotation and its doc page.
 *
 * @param name             kebab-case, e.g. {@code job-name-not-snake-case}
 * @param summary          one sentence
 * @param description      the rule page's "What it does" and "Why it matters"
 * @param help             the rule page's "Use instead"
 * @param guideSection     the section of the workflow guide the policy comes from, e.g. {@code 2.4}
 * @param tags             the rule's family first, then "security" for a rule with a security severity
 * @param securitySeverity GitHub code scanning's CVSS-like score, e.g. {@code 7.0}; null for none
 * @param precision        SARIF's precision (very-high, high, medium, low); null for none
 */
public record RuleMeta(String code, String name, Severity severity, String summary, String description,
                       String help, String guideSection, List<String> tags, String securitySeverity,
                       String precision) {

    public static final String DOCS_BASE = "https://github.com/loclint/loclint/blob/main/docs/rules/";

    public RuleMeta {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public String helpUri() {
        return DOCS_BASE + code + ".md";
    }
}

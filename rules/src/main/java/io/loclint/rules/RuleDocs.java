package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.RuleMeta;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a rule's page, {@code docs/rules/CODE.md} (packaged into the jar), so {@code loclint explain}, SARIF
 * {@code rules[]} and the published docs say the same thing.
 */
public final class RuleDocs {
    private RuleDocs() {
    }

    /** The whole page, or null when the rule has none. */
    public static String page(String code) {
        try (InputStream in = RuleDocs.class.getResourceAsStream("/io/loclint/rules/docs/" + code + ".md")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** The page's {@code ## Heading} sections, by heading, text trimmed. */
    public static Map<String, String> sections(String page) {
        Map<String, String> sections = new LinkedHashMap<>();
        if (page == null) {
            return sections;
        }
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : page.split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (heading != null) {
                    sections.put(heading, body.toString().strip());
                }
                heading = line.substring(3).strip();
                body.setLength(0);
            } else if (heading != null) {
                body.append(line).append('\n');
            }
        }
        if (heading != null) {
            sections.put(heading, body.toString().strip());
        }
        return sections;
    }

    static RuleMeta meta(RuleInfo info) {
        Map<String, String> sections = sections(page(info.code()));
        String what = sections.getOrDefault("What it does", info.summary());
        String why = sections.get("Why it matters");
        String description = why == null ? what : what + "\n\n" + why;
        String help = sections.getOrDefault("Use instead", info.summary());
        return new RuleMeta(info.code(), info.name(), info.severity(), info.summary(), description, help,
                info.guide(), List.of(info.tags()), emptyToNull(info.securitySeverity()), emptyToNull(info.precision()));
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}

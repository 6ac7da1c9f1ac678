package io.loclint.grammar.yaml;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Jinja-templated YAML ({@code values.yaml.j2}) made readable where it can be: a value that is one whole
 * {@code {{ ... }}} expression would open a YAML flow mapping, so it is quoted. Lines keep their numbers; nothing
 * else changes, so a file with {@code {% ... %}} blocks still fails to parse and is left alone by its readers.
 */
public final class JinjaYaml {
    private static final Pattern WHOLE_VALUE = Pattern.compile(
            "(?m)^([ \\t]*(?:-[ \\t]+)?[^\\s#:{][^:#\\n]*:[ \\t]+)(\\{\\{[^\\n]*?}})([ \\t]+#[^\\n]*)?[ \\t]*$");
    /** {@code {{ version | default("latest", true) }}}: what the value is when the variable is not given. */
    private static final Pattern DEFAULT = Pattern.compile("^\\{\\{.*\\|\\s*default\\(\\s*[\"']([^\"']*)[\"'].*}}$");

    private JinjaYaml() {
    }

    public static String quoteWholeExpressions(String text) {
        Matcher m = WHOLE_VALUE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String expression = m.group(2).replace('"', '\'');
            String comment = m.group(3) == null ? "" : m.group(3);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "\"" + expression + "\"" + comment));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The literal default of a value that is one Jinja expression with {@code default("...")}, or null. */
    public static String defaultOf(String value) {
        Matcher m = DEFAULT.matcher(value.strip());
        return m.matches() ? m.group(1) : null;
    }
}

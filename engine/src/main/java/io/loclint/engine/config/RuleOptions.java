package io.loclint.engine.config;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every rule option, typed, with the catalog's defaults. Read from {@code [tool.loclint.options]} (or
 * {@code [options]} in loclint.toml) by {@link ConfigLoader}, which rejects unknown keys and wrong types.
 *
 * @param versionTagPattern   VER001–VER003: a well-formed versioned job name; groups {@code base} and {@code version}
 * @param placeholderNames    NAM004: package names that say nothing about the domain
 * @param opMaxStatements     SOC002: statements an op body may have
 * @param credentialNames     SEC001/SEC002: extra secret-like names, on top of the built-in ones
 * @param credentialAllow     SEC001/SEC002: regular expressions for values that are known not to be secrets
 * @param moduleMap           DEP002: distribution name to the top-level modules it provides, on top of the defaults
 */
public record RuleOptions(Pattern versionTagPattern, List<String> placeholderNames, int opMaxStatements,
                          List<String> credentialNames, List<Pattern> credentialAllow,
                          Map<String, List<String>> moduleMap) {

    public static final String DEFAULT_VERSION_TAG = "^(?<base>.+)_ver_(?<version>0|[1-9][0-9]*)$";
    public static final List<String> DEFAULT_PLACEHOLDERS = List.of("template_code_location", "my_project",
            "code_location", "example", "dagster_project", "my_dagster_project", "project", "test");
    public static final int DEFAULT_OP_MAX_STATEMENTS = 40;

    public static RuleOptions defaults() {
        return new RuleOptions(Pattern.compile(DEFAULT_VERSION_TAG), DEFAULT_PLACEHOLDERS, DEFAULT_OP_MAX_STATEMENTS,
                List.of(), List.of(), Map.of());
    }
}

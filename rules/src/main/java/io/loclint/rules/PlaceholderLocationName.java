package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.config.RuleOption;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.FileSpan;
import io.loclint.engine.model.PythonModule;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.rule.RuleContext;
import io.loclint.grammar.Span;

import java.util.List;

@RuleInfo(code = "NAM004", name = "placeholder-location-name", severity = Severity.NOTE, guide = "2.4",
        summary = "The code location's package name is not snake_case, or is a placeholder not named after its domain.",
        tags = "naming")
public final class PlaceholderLocationName implements ElementRule<CodeLocation> {
    static final RuleOption<List<String>> PLACEHOLDER_NAMES = RuleOption.strings("placeholder-names",
            "package names that do not name a domain", List.of("template_code_location", "my_project",
                    "code_location", "example", "dagster_project", "my_dagster_project", "project", "test"));

    @Override
    public List<RuleOption<?>> options() {
        return List.of(PLACEHOLDER_NAMES);
    }

    @Override
    public Class<CodeLocation> elementType() {
        return CodeLocation.class;
    }

    @Override
    public void check(CodeLocation location, RuleContext context) {
        for (String name : location.packages()) {
            if (name.startsWith("{{")) {
                // a cookiecutter or copier variable ({{cookiecutter.project_name}}): the generated project names it
                continue;
            }
            String message;
            String hint;
            if (!Naming.isSnakeCase(name)) {
                message = "code location package '" + name + "' is not snake_case";
                hint = "rename the package to '" + Naming.toSnakeCase(name) + "'";
            } else if (context.option(PLACEHOLDER_NAMES).contains(name)) {
                message = "code location package '" + name + "' is a placeholder name, not named after the domain"
                        + " it serves";
                hint = "rename the package after its domain, e.g. 'inventory_sync_service'";
            } else {
                continue;
            }
            FileSpan where = where(location, name);
            context.report(where.path(), where.span(), message, "package:" + name, hint);
        }
    }

    /** The pyproject name when it declares this package, else the package's own first file. */
    private static FileSpan where(CodeLocation location, String packageName) {
        String project = location.projectName();
        if (project != null && project.replaceAll("[-.]", "_").equals(packageName)) {
            return LocationAnchor.of(location);
        }
        PythonModule first = location.modules().get(packageName);
        if (first == null) {
            first = location.modules().values().stream()
                    .filter(m -> m.qualifiedName().startsWith(packageName + "."))
                    .findFirst().orElse(null);
        }
        if (first != null) {
            return new FileSpan(first.path(), Span.point(1, 1));
        }
        return LocationAnchor.of(location);
    }
}

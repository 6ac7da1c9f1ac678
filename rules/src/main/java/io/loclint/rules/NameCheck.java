package io.loclint.rules;

import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.DefinitionKind;
import io.loclint.engine.rule.RuleContext;
import io.loclint.grammar.python.PyExpr;

import java.util.Set;

/** NAM001–NAM003 differ only in the kinds they look at. */
final class NameCheck {
    private NameCheck() {
    }

    static void check(DagsterDefinition definition, Set<DefinitionKind> kinds, RuleContext context) {
        String name = definition.name();
        if (!kinds.contains(definition.kind()) || name == null || Naming.isSnakeCase(name)) {
            return;
        }
        String suggestion = Naming.toSnakeCase(name);
        boolean derived = isDerived(definition);
        // every message is redacted on the way out, but a suggestion rewrites the credential past recognising
        boolean holdsCredential = Credentials.DEFAULT.firstFormat(name) != null;
        context.report(definition.path(), definition.nameSpan(),
                definition.kind().label() + " '" + name + "' is not snake_case"
                        + (derived ? " (the name Dagster derives from what it targets, as no name= is given)" : "")
                        + "; the guide names jobs, ops and their schedules in snake_case",
                definition.kind().label() + ":" + name,
                holdsCredential ? "rename it in snake_case, without the credential it holds"
                        : derived ? "pass name='" + suggestion + "'" : "rename it to '" + suggestion + "'");
    }

    /** A factory call without {@code name=} whose name Dagster builds from its target's: a schedule, to_job(). */
    private static boolean isDerived(DagsterDefinition definition) {
        PyExpr.Call call = definition.call();
        return definition.function() == null && call != null
                && (definition.kind() == DefinitionKind.SCHEDULE || definition.factory().endsWith(".to_job"))
                && call.keywords().stream().noneMatch(k -> "name".equals(k.name()));
    }
}

package io.loclint.rules;

import io.loclint.engine.model.DagsterDefinition;
import io.loclint.engine.model.DefinitionKind;
import io.loclint.engine.rule.RuleContext;

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
        // every message is redacted on the way out, but a suggestion rewrites the credential past recognising
        boolean holdsCredential = Credentials.DEFAULT.firstFormat(name) != null;
        context.report(definition.path(), definition.nameSpan(),
                definition.kind().label() + " '" + name + "' is not snake_case; the guide names jobs, ops and their"
                        + " schedules in snake_case",
                definition.kind().label() + ":" + name,
                holdsCredential ? "rename it in snake_case, without the credential it holds"
                        : "rename it to '" + Naming.toSnakeCase(name) + "'");
    }
}

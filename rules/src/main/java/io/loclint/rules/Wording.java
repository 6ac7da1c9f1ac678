package io.loclint.rules;

import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.DagsterDefinition;

/** Shared wording, so every graph rule names things the same way. */
final class Wording {
    private Wording() {
    }

    /** {@code job 'x'}; by its Python name when its own is built at run time */
    static String definition(DagsterDefinition d) {
        return d.kind().label() + " '" + (d.name() != null ? d.name() : d.binding()) + "'";
    }

    /** {@code a for statement}, {@code an if statement}: the article by the noun's first letter. */
    static String withArticle(String noun) {
        boolean vowel = !noun.isEmpty() && "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0;
        return (vowel ? "an " : "a ") + noun;
    }

    static boolean hasEntryPoint(CodeLocation location) {
        return location.entryPoints().stream().anyMatch(e -> !e.module().test());
    }

    /** Why a target is a problem, as the end of a sentence; null when it is not one. */
}

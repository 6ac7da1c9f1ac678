package io.loclint.grammar.helm;

import java.util.List;

/** A function call or a value: {@code default "latest" .Values.tag}, {@code .Values.image}. */
public record HelmCommand(List<HelmTerm> terms) {
    /** The function name when the command starts with one, else null. */
    public String function() {
        return !terms.isEmpty() && terms.get(0) instanceof HelmTerm.Identifier id ? id.name() : null;
    }
}

package io.loclint.grammar.helm;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code [$var :=] command | command ...}.
 *
 * @param declaredVariable the variable the pipeline is assigned to, or null
 */
public record HelmPipeline(String declaredVariable, List<HelmCommand> commands) {

    /** Every term at any depth, parenthesised pipelines included, in source order. */
    public List<HelmTerm> allTerms() {
        List<HelmTerm> out = new ArrayList<>();
        for (HelmCommand command : commands) {
            for (HelmTerm term : command.terms()) {
                out.add(term);
                if (term instanceof HelmTerm.SubPipeline sub) {
                    out.addAll(sub.pipeline().allTerms());
                }
            }
        }
        return out;
    }
}

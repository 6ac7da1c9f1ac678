package io.loclint.grammar.helm;

import io.loclint.grammar.Span;

import java.util.List;

/** One operand of a template command. */
public sealed interface HelmTerm {
    Span span();

    /**
     * {@code .Values.image.tag} (root "."), {@code $.Values.x} (root "$"), {@code $img.tag} (root "$img"), or a
     * field access on a parenthesised pipeline (root "()").
     */
    record FieldChain(String root, List<String> fields, Span span) implements HelmTerm {
        /** {@code Values.image.tag} */
        public String path() {
            return String.join(".", fields);
        }

        /** True for {@code .Values...} and {@code $.Values...}. */
        public boolean readsValues() {
            return (root.equals(".") || root.equals("$")) && !fields.isEmpty() && fields.get(0).equals("Values");
        }
    }

    record StringLit(String value, Span span) implements HelmTerm {}

    record NumberLit(String text, Span span) implements HelmTerm {}

    /** A function or keyword name: {@code default}, {@code quote}, {@code include}, {@code true}, {@code nil}. */
    record Identifier(String name, Span span) implements HelmTerm {}

    record SubPipeline(HelmPipeline pipeline, Span span) implements HelmTerm {}
}

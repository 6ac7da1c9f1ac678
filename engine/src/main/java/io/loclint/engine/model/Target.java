package io.loclint.engine.model;

import java.util.function.UnaryOperator;

/** What a reference in the code resolves to, without running anything. */
public sealed interface Target {
    /** A definition of this code location. */
    record Local(DagsterDefinition definition) implements Target {}

    /** A name from outside the location (a package it depends on): it exists, but loclint cannot see into it. */
    record External(String qualifiedName) implements Target {}

    /** A value of this location that is not a Dagster definition loclint can follow (built at run time). */
    record Opaque(String qualifiedName) implements Target {}

    /**
     * Resolves to nothing; the reason says why, as the end of a sentence: {@code before}, then, when the reason names
     * a file, {@code file} (relative to the root, kept apart so a message can show it from the user's folder) and
     * {@code after}.
     */
    record Undefined(String name, String before, String file, String after) implements Target {
        Undefined(String name, String reason) {
            this(name, reason, null, "");
        }

        /** The reason with its file as it is, relative to the root. */
        public String reason() {
            return reason(UnaryOperator.identity());
        }

        /** The reason with its file shown by {@code shown}. */
        public String reason(UnaryOperator<String> shown) {
            return file == null ? before : before + shown.apply(file) + after;
        }
    }

    default DagsterDefinition local() {
        return this instanceof Local l ? l.definition() : null;
    }
}

package io.loclint.engine.model;

/** What a reference in the code resolves to, without running anything. */
public sealed interface Target {
    /** A definition of this code location. */
    record Local(DagsterDefinition definition) implements Target {}

    /** A name from outside the location (a package it depends on): it exists, but loclint cannot see into it. */
    record External(String qualifiedName) implements Target {}

    /** A value of this location that is not a Dagster definition loclint can follow (built at run time). */
    record Opaque(String qualifiedName) implements Target {}

    /** Resolves to nothing; {@code reason} says why, as the end of a sentence. */
    record Undefined(String name, String reason) implements Target {}

    default DagsterDefinition local() {
        return this instanceof Local l ? l.definition() : null;
    }
}

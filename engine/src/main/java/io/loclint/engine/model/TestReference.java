package io.loclint.engine.model;

/**
 * A test's reference to something of the location: an import, or a job or op name in a string
 * ({@code defs.get_job_def("x")}).
 */
public record TestReference(Kind kind, Reference reference) {
    public enum Kind { IMPORT, NAME_STRING, NAME }
}

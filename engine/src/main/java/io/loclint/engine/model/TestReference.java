package io.loclint.engine.model;

/**
 * A test's reference to something of the location: an import, a job or op name in a string
 * ({@code defs.get_job_def("x")}), a name it uses or runs, or a lookup of every job
 * ({@code defs.get_all_job_defs()}), which references each registered job without singling any out.
 */
public record TestReference(Kind kind, Reference reference) {
    public enum Kind { IMPORT, NAME_STRING, NAME, EVERY_JOB }
}

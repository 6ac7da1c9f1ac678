package io.loclint.engine.model;

import io.loclint.grammar.Span;

/**
 * A place in the code that names a definition: a registration, a schedule's target, a test's import.
 *
 * @param text what the code says there ({@code data_processing_job}, {@code "export_job"})
 */
public record Reference(PythonModule module, String text, Span span, Target target) {
    public String path() {
        return module.path();
    }
}

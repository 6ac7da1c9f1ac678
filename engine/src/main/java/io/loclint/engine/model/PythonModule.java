package io.loclint.engine.model;

import io.loclint.engine.files.ParsedFile;
import io.loclint.grammar.python.PyFile;

import java.util.Map;

/**
 * A Python file of a code location with its qualified name.
 *
 * @param qualifiedName {@code template_code_location.jobs.jobs}; a package's {@code __init__.py} has the
 *                      package's name
 * @param test          under a {@code tests}/{@code test} folder or named {@code test_*.py}/{@code *_test.py}
 * @param bindings      local name to qualified name, from this module's imports
 */
public record PythonModule(ParsedFile file, String qualifiedName, boolean isPackage, boolean test,
                           Map<String, String> bindings) {

    public PyFile facts() {
        return file.python();
    }

    public String path() {
        return file.path();
    }
}

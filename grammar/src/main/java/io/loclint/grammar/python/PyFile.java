package io.loclint.grammar.python;

import io.loclint.grammar.ParseProblem;

import java.util.List;

/**
 * The syntax facts of one Python file. A file with syntax errors still yields everything outside the broken
 * regions; {@code problems} lists the errors, first one first.
 *
 * @param assignments module and function-level assignments (class attributes are not variables of the scope)
 * @param bindings    every string literal bound to a name at any level, class bodies included, in source order
 */
public record PyFile(List<PyImport> imports, List<PyFunction> functions, List<PyClass> classes,
                     List<PyCall> calls, List<PyAssignment> assignments, List<PyBinding> bindings,
                     List<PyString> strings, List<PyComment> comments, List<ParseProblem> problems, int lineCount) {

    public List<PyAssignment> moduleAssignments() {
        return assignments.stream().filter(a -> a.enclosingFunction() == null).toList();
    }

    public List<PyCall> moduleCalls() {
        return calls.stream().filter(c -> c.enclosingFunction() == null).toList();
    }
}

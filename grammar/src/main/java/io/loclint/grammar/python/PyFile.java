package io.loclint.grammar.python;

import io.loclint.grammar.ParseProblem;

import java.util.List;

/**
 * The syntax facts of one Python file. A file with syntax errors still yields everything outside the broken
 * regions; {@code problems} lists the errors, first one first.
 */
public record PyFile(List<PyImport> imports, List<PyFunction> functions, List<PyClass> classes,
                     List<PyCall> calls, List<PyAssignment> assignments, List<PyString> strings,
                     List<PyComment> comments, List<ParseProblem> problems, int lineCount) {

    public List<PyAssignment> moduleAssignments() {
        return assignments.stream().filter(a -> a.enclosingFunction() == null).toList();
    }

    public List<PyCall> moduleCalls() {
        return calls.stream().filter(c -> c.enclosingFunction() == null).toList();
    }
}

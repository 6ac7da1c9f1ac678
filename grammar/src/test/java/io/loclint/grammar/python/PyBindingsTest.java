package io.loclint.grammar.python;

import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.loclint.grammar.python.PyBinding.Kind.ASSIGNMENT;
import static io.loclint.grammar.python.PyBinding.Kind.DICT_ENTRY;
import static io.loclint.grammar.python.PyBinding.Kind.ITEM;
import static io.loclint.grammar.python.PyBinding.Kind.KEYWORD_ARGUMENT;
import static io.loclint.grammar.python.PyBinding.Kind.PARAMETER_DEFAULT;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PyBindingsTest {
    /** A binding as (kind, name, value, span of the value) for exact comparison. */
    private record Bound(PyBinding.Kind kind, String name, String value, Span span) {}

    private static List<Bound> bindings(String source) {
        PyFile file = PythonFrontEnd.parse(source);
        assertEquals(List.of(), file.problems());
        return file.bindings().stream()
                .map(b -> new Bound(b.kind(), b.name(), b.value().value(), b.value().span())).toList();
    }

    @Test
    void assignmentsAtEveryLevelClassBodiesIncluded() {
        String source = """
                user = "u1"
                class Settings:
                    password = "p1"
                    class Inner:
                        token: str = "t1"
                def f():
                    self.key = "k1"
                    cfg["secret"] = "s1"
                    cfg[name] = "not-bound"
                    a = b = "ab"
                    count += "more"
                    env = os.getenv("X")
                """;
        assertEquals(List.of(
                        new Bound(ASSIGNMENT, "user", "u1", new Span(1, 8, 1, 12)),
                        new Bound(ASSIGNMENT, "password", "p1", new Span(3, 16, 3, 20)),
                        new Bound(ASSIGNMENT, "token", "t1", new Span(5, 22, 5, 26)),
                        new Bound(ASSIGNMENT, "self.key", "k1", new Span(7, 16, 7, 20)),
                        new Bound(ITEM, "secret", "s1", new Span(8, 21, 8, 25)),
                        new Bound(ASSIGNMENT, "a", "ab", new Span(10, 13, 10, 17)),
                        new Bound(ASSIGNMENT, "b", "ab", new Span(10, 13, 10, 17))),
                bindings(source));
    }

    @Test
    void classBodyAttributesAreBindingsButNotScopeAssignments() {
        PyFile file = PythonFrontEnd.parse("class C:\n    password = \"p1\"\nx = \"v\"\n");
        assertEquals(List.of("x"), file.assignments().stream().map(PyAssignment::target).toList());
        assertEquals(List.of("password", "x"), file.bindings().stream().map(PyBinding::name).toList());
    }

    @Test
    void dictEntriesInAnyDisplay() {
        String source = """
                def connection():
                    return {
                        "host": "h",
                        "port": 5432,
                        f"{x}": "formatted-key",
                        "nested": {"password": "p2"},
                    }
                def rows():
                    yield {"api_key": "k2"}
                print([{"token": "t2"}])
                """;
        assertEquals(List.of(
                        new Bound(DICT_ENTRY, "host", "h", new Span(3, 17, 3, 20)),
                        new Bound(DICT_ENTRY, "password", "p2", new Span(6, 32, 6, 36)),
                        new Bound(DICT_ENTRY, "api_key", "k2", new Span(9, 23, 9, 27)),
                        new Bound(DICT_ENTRY, "token", "t2", new Span(10, 18, 10, 22))),
                bindings(source));
    }

    @Test
    void keywordsParametersWalrusAndTuples() {
        String source = """
                def f(a, password="p3", *, token: str = "t3"):
                    pass
                connect(host, password="p4", **extra)
                class Signed(Base, signing_key="k4"):
                    pass
                make = lambda secret="s4": secret
                if (session := "w4"):
                    pass
                user, pw = "u5", "p5"
                first, rest = "only-one"
                """;
        assertEquals(List.of(
                        new Bound(PARAMETER_DEFAULT, "password", "p3", new Span(1, 19, 1, 23)),
                        new Bound(PARAMETER_DEFAULT, "token", "t3", new Span(1, 41, 1, 45)),
                        new Bound(KEYWORD_ARGUMENT, "password", "p4", new Span(3, 24, 3, 28)),
                        new Bound(KEYWORD_ARGUMENT, "signing_key", "k4", new Span(4, 32, 4, 36)),
                        new Bound(PARAMETER_DEFAULT, "secret", "s4", new Span(6, 22, 6, 26)),
                        new Bound(ASSIGNMENT, "session", "w4", new Span(7, 16, 7, 20)),
                        new Bound(ASSIGNMENT, "user", "u5", new Span(9, 12, 9, 16)),
                        new Bound(ASSIGNMENT, "pw", "p5", new Span(9, 18, 9, 22))),
                bindings(source));
    }
}

package io.loclint.grammar.python;

import io.loclint.grammar.ParseProblem;
import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PythonFrontEndTest {

    static String resource(String name) {
        try (InputStream in = PythonFrontEndTest.class.getResourceAsStream("/python/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static PyFunction function(PyFile file, String qualifiedName) {
        return file.functions().stream().filter(f -> f.qualifiedName().equals(qualifiedName)).findFirst()
                .orElseThrow(() -> new AssertionError("no function " + qualifiedName + " in "
                        + file.functions().stream().map(PyFunction::qualifiedName).toList()));
    }

    static PyImport imp(String module, int level, String name, String alias, Span span, boolean typeChecking,
                        boolean guarded, boolean topLevel) {
        return new PyImport(module, level, name, alias, span, typeChecking, guarded, topLevel);
    }

    @Test
    void importsInEveryForm() {
        PyFile file = PythonFrontEnd.parse(resource("imports.py"));
        assertEquals(List.of(), file.problems());
        List<PyImport> expected = List.of(
                imp("os", 0, null, null, new Span(1, 8, 1, 10), false, false, true),
                imp("a.b.c", 0, null, null, new Span(2, 8, 2, 13), false, false, true),
                imp("a.b", 0, null, "ab", new Span(3, 8, 3, 17), false, false, true),
                imp("json", 0, null, null, new Span(3, 19, 3, 23), false, false, true),
                imp("dagster", 0, "op", null, new Span(4, 21, 4, 23), false, false, true),
                imp("dagster", 0, "job", "j", new Span(4, 25, 4, 33), false, false, true),
                imp("ops.ops", 2, "fetch", "f", new Span(5, 23, 5, 33), false, false, true),
                imp("", 1, "sibling", null, new Span(6, 15, 6, 22), false, false, true),
                imp("pkg", 1, "*", null, new Span(7, 18, 7, 19), false, false, true),
                imp("typing", 0, "TYPE_CHECKING", null, new Span(8, 20, 8, 33), false, false, true),
                imp("pandas", 0, "DataFrame", null, new Span(10, 24, 10, 33), true, false, true),
                imp("numpy", 0, null, "np", new Span(12, 12, 12, 23), true, false, true),
                imp("runtime_only", 0, null, null, new Span(14, 12, 14, 24), false, false, true),
                imp("ujson", 0, null, null, new Span(16, 12, 16, 17), false, true, true),
                imp("orjson", 0, null, null, new Span(20, 12, 20, 18), false, false, true),
                imp("yaml", 0, null, null, new Span(24, 12, 24, 16), false, true, true),
                imp("lazy", 0, null, null, new Span(28, 12, 28, 16), false, false, false),
                imp("tomllib", 0, null, null, new Span(30, 12, 30, 19), false, true, true),
                imp("tomli", 0, null, "tomllib", new Span(32, 12, 32, 28), false, true, true),
                imp("msgpack", 0, null, null, new Span(34, 12, 34, 19), false, false, true),
                imp("simplejson", 0, null, null, new Span(36, 12, 36, 22), false, false, true));
        assertEquals(expected, file.imports());
        assertEquals("ab", file.imports().get(2).boundName());
        assertEquals("a", file.imports().get(1).boundName());
        assertTrue(file.imports().get(8).isStar());
    }

    @Test
    void decoratorsInEveryForm() {
        PyFile file = PythonFrontEnd.parse(resource("decorators.py"));
        assertEquals(List.of(), file.problems());

        PyDecorator plain = function(file, "plain").decorators().get(0);
        assertEquals("op", plain.target());
        assertFalse(plain.called());
        assertEquals(new PyExpr.Name("op", new Span(6, 2, 6, 4)), plain.expression());
        assertEquals(new Span(6, 1, 6, 4), plain.span());

        PyDecorator empty = function(file, "empty_call").decorators().get(0);
        assertEquals("op", empty.target());
        assertTrue(empty.called());
        assertEquals(List.of(), empty.args());
        assertEquals(List.of(), empty.keywords());

        PyDecorator dotted = function(file, "dotted").decorators().get(0);
        assertEquals("dagster.op", dotted.target());
        assertFalse(dotted.called());

        PyDecorator kw = function(file, "with_keywords").decorators().get(0);
        assertEquals("dg.op", kw.target());
        assertTrue(kw.called());
        assertEquals(new PyExpr.Str("x", false, new Span(21, 13, 21, 16)), kw.keyword("name"));
        assertEquals(new PyExpr.DictExpr(List.of(new PyExpr.DictEntry(
                        new PyExpr.Str("k", false, new Span(21, 24, 21, 27)),
                        new PyExpr.Str("v", false, new Span(21, 29, 21, 32)))), new Span(21, 23, 21, 33)),
                kw.keyword("tags"));

        PyFunction aliased = function(file, "aliased");
        assertTrue(aliased.async());
        assertEquals(2, aliased.decorators().size());
        PyDecorator first = aliased.decorators().get(0);
        assertEquals("my_op", first.target());
        assertEquals(1, first.keywords().size());
        assertNull(first.keywords().get(0).name());
        assertTrue(first.keywords().get(0).isSpread());
        assertEquals(new PyExpr.Name("common", new Span(26, 10, 26, 16)), first.keywords().get(0).value());
        assertEquals("retry", aliased.decorators().get(1).target());
        assertEquals(new Span(28, 11, 28, 18), aliased.nameSpan());
        assertEquals(new Span(28, 1, 29, 9), aliased.defSpan());

        // decorator calls are calls at module level
        assertEquals(List.of("op", "dg.op", "my_op"),
                file.calls().stream().map(PyCall::callee).toList());
        assertTrue(file.calls().stream().allMatch(c -> c.enclosingFunction() == null));
    }

    @Test
    void nestedFunctionsMethodsAndBodySummary() {
        PyFile file = PythonFrontEnd.parse(resource("nested.py"));
        assertEquals(List.of(), file.problems());
        assertEquals(List.of("outer", "outer.inner", "outer.Local.method", "Resource.setup"),
                file.functions().stream().map(PyFunction::qualifiedName).toList());

        PyFunction outer = function(file, "outer");
        assertNull(outer.enclosing());
        assertTrue(outer.topLevel());
        assertEquals(new Span(1, 5, 1, 10), outer.nameSpan());
        assertEquals(List.of("context", "n", "*args", "key", "**kwargs"),
                outer.parameters().stream().map(PyParameter::name).toList());
        PyParameter n = outer.parameters().get(1);
        assertEquals(new PyExpr.Name("int", new Span(1, 23, 1, 26)), n.annotation());
        assertEquals(new PyExpr.Num("2", new Span(1, 29, 1, 30)), n.defaultValue());
        assertEquals(new PyExpr.Constant("None", new Span(1, 43, 1, 47)), outer.parameters().get(3).defaultValue());

        PyBody body = outer.body();
        // docstring, total=, for, if, +=, items=, with, fh.read(), def inner, class Local, return
        assertEquals(11, body.statementCount());
        assertEquals(List.of("range", "open", "fh.read", "inner"),
                body.calls().stream().map(PyCall::callee).toList());
        assertEquals(List.of("for_statement", "if_statement", "list_comprehension", "with_statement"),
                body.controlFlow().stream().map(PyBody.Construct::kind).toList());
        assertEquals(new Span(4, 5, 6, 23), body.controlFlow().get(0).span());
        assertEquals(List.of("+", "*", "%", "+="),
                body.arithmetic().stream().map(PyBody.Construct::kind).toList());
        assertEquals(1, body.returns().size());
        PyExpr.Call ret = assertInstanceOf(PyExpr.Call.class, body.returns().get(0));
        assertEquals("inner", PyExpr.dotted(ret.func()));

        PyFunction inner = function(file, "outer.inner");
        assertEquals("outer", inner.enclosing());
        assertFalse(inner.inClass());
        assertEquals(1, inner.body().statementCount());
        assertEquals(List.of("-"), inner.body().arithmetic().stream().map(PyBody.Construct::kind).toList());

        PyFunction method = function(file, "outer.Local.method");
        assertEquals("outer.Local", method.enclosing());
        assertTrue(method.inClass());
        assertEquals(List.of("compute"), method.body().calls().stream().map(PyCall::callee).toList());
        assertEquals("outer.Local.method", method.body().calls().get(0).enclosingFunction());

        assertEquals(List.of("outer.Local", "Resource"), file.classes().stream().map(PyClass::qualifiedName).toList());
        PyClass resource = file.classes().get(1);
        assertEquals(List.of(new PyExpr.Name("Base", new Span(22, 16, 22, 20))), resource.bases());
        assertEquals(new Span(22, 7, 22, 15), resource.nameSpan());
        assertNull(resource.enclosing());
        assertEquals("outer", file.classes().get(0).enclosing());

        // every call in the file, in source order, with its function
        assertEquals(List.of("range:outer", "open:outer", "fh.read:outer", "helper:outer.inner",
                        "compute:outer.Local.method", "inner:outer"),
                file.calls().stream().map(c -> c.callee() + ":" + c.enclosingFunction()).toList());
        PyString doc = file.strings().get(0);
        assertEquals(new PyString("Outer docstring.", false, true, new Span(2, 5, 2, 27)), doc);
        assertFalse(file.strings().get(1).docstring());
        assertEquals(List.of(new PyAssignment("self.value",
                        new PyExpr.Call(new PyExpr.Name("compute", new Span(16, 26, 16, 33)), List.of(), List.of(),
                                new Span(16, 26, 16, 35)), null, new Span(16, 13, 16, 23),
                        new Span(16, 13, 16, 35), "outer.Local.method")),
                file.assignments().stream().filter(a -> a.target().startsWith("self")).toList());
    }

    @Test
    void assignments() {
        PyFile file = PythonFrontEnd.parse(resource("assignments.py"));
        assertEquals(List.of(), file.problems());
        List<PyAssignment> as = file.assignments();
        assertEquals(List.of("a", "b", "x", "y", "cfg", "jobs", "jobs", "all_jobs", "self.password", "t", "s", "v",
                "local"), as.stream().map(PyAssignment::target).toList());
        PyExpr.Num one = new PyExpr.Num("1", new Span(1, 9, 1, 10));
        assertEquals(new PyAssignment("a", one, null, new Span(1, 1, 1, 2), new Span(1, 1, 1, 10), null), as.get(0));
        assertEquals(new PyAssignment("b", one, null, new Span(1, 5, 1, 6), new Span(1, 1, 1, 10), null), as.get(1));
        assertNull(as.get(2).value());
        assertNull(as.get(3).value());
        assertEquals(new Span(2, 4, 2, 5), as.get(3).targetSpan());

        PyExpr.DictExpr cfg = assertInstanceOf(PyExpr.DictExpr.class, as.get(4).value());
        assertEquals(2, cfg.entries().size());
        assertNull(cfg.entries().get(1).key());
        assertEquals(new PyExpr.Name("extra", new Span(3, 24, 3, 29)), cfg.entries().get(1).value());

        PyExpr.BinOp plus = assertInstanceOf(PyExpr.BinOp.class, as.get(5).value());
        assertEquals("+", plus.operator());
        assertEquals(new PyExpr.ListExpr(List.of(new PyExpr.Name("job_a", new Span(4, 9, 4, 14)),
                new PyExpr.Name("job_b", new Span(4, 16, 4, 21))), new Span(4, 8, 4, 22)), plus.left());
        assertEquals(new PyExpr.Name("more_jobs", new Span(4, 25, 4, 34)), plus.right());

        assertEquals("+", as.get(6).augmented());
        assertEquals(new PyExpr.ListExpr(List.of(new PyExpr.Name("job_c", new Span(5, 10, 5, 15))),
                new Span(5, 9, 5, 16)), as.get(6).value());

        assertEquals(new PyExpr.ListExpr(List.of(
                new PyExpr.Starred(new PyExpr.Name("jobs", new Span(6, 14, 6, 18)), false, new Span(6, 13, 6, 18)),
                new PyExpr.Name("other", new Span(6, 20, 6, 25))), new Span(6, 12, 6, 26)), as.get(7).value());

        assertEquals(new PyExpr.Str("secret", false, new Span(7, 17, 7, 25)), as.get(8).value());
        assertEquals(new PyExpr.TupleExpr(List.of(new PyExpr.Num("1", new Span(8, 6, 8, 7)),
                new PyExpr.Num("2.5", new Span(8, 9, 8, 12)), new PyExpr.Constant("True", new Span(8, 14, 8, 18)),
                new PyExpr.Constant("None", new Span(8, 20, 8, 24))), new Span(8, 5, 8, 25)), as.get(9).value());
        assertInstanceOf(PyExpr.SetExpr.class, as.get(10).value());
        assertEquals(new PyExpr.Subscript(new PyExpr.Name("data", new Span(10, 5, 10, 9)),
                new PyExpr.Str("key", false, new Span(10, 10, 10, 15)), new Span(10, 5, 10, 16)), as.get(11).value());
        PyAssignment local = as.get(12);
        assertEquals("f", local.enclosingFunction());
        assertEquals(new PyExpr.Other("unary_operator", "-1", new Span(12, 13, 12, 15)), local.value());
        assertEquals(12, file.moduleAssignments().size());
        assertEquals(List.of("pair"), file.moduleCalls().stream().map(PyCall::callee).toList());
    }

    @Test
    void aSpreadAttributeSpreadsTheAttribute() {
        PyFile file = PythonFrontEnd.parse("x = [*pkg.items]\n");
        assertEquals(List.of(), file.problems());
        assertEquals(new PyExpr.ListExpr(List.of(new PyExpr.Starred(new PyExpr.Attribute(
                        new PyExpr.Name("pkg", new Span(1, 7, 1, 10)), "items", new Span(1, 7, 1, 16)), false,
                        new Span(1, 6, 1, 16))), new Span(1, 5, 1, 17)),
                file.assignments().get(0).value());
    }

    @Test
    void loopAndWithVariablesAreBoundInTheEnclosingScope() {
        PyFile file = PythonFrontEnd.parse("""
                def test_jobs():
                    for job, expected in ((a_job, 1), (b_job, 2)):
                        job.execute_in_process()
                    else:
                        done = True
                for name in names:
                    pass
                with open_ledger() as ledger, lock():
                    pass
                """);
        assertEquals(List.of(), file.problems());
        assertEquals(List.of(
                new PyAssignment("job", null, null, new Span(2, 9, 2, 12), new Span(2, 5, 5, 20), "test_jobs"),
                new PyAssignment("expected", null, null, new Span(2, 14, 2, 22), new Span(2, 5, 5, 20), "test_jobs"),
                new PyAssignment("done", new PyExpr.Constant("True", new Span(5, 16, 5, 20)), null,
                        new Span(5, 9, 5, 13), new Span(5, 9, 5, 20), "test_jobs"),
                new PyAssignment("name", null, null, new Span(6, 5, 6, 9), new Span(6, 1, 7, 9), null),
                new PyAssignment("ledger", null, null, new Span(8, 23, 8, 29), new Span(8, 1, 9, 9), null)),
                file.assignments());
        assertEquals(List.of("job.execute_in_process", "open_ledger", "lock"),
                file.calls().stream().map(PyCall::callee).toList());
    }

    @Test
    void callArgumentsKeywordsAndSpreads() {
        PyFile file = PythonFrontEnd.parse("f(a, *rest, k=1, **kw)\n");
        PyExpr.Call call = file.calls().get(0).call();
        assertEquals(List.of(new PyExpr.Name("a", new Span(1, 3, 1, 4)),
                new PyExpr.Starred(new PyExpr.Name("rest", new Span(1, 7, 1, 11)), false, new Span(1, 6, 1, 11))),
                call.args());
        assertEquals(List.of(new PyExpr.Keyword("k", new PyExpr.Num("1", new Span(1, 15, 1, 16)),
                        new Span(1, 13, 1, 16)),
                new PyExpr.Keyword(null, new PyExpr.Name("kw", new Span(1, 20, 1, 22)), new Span(1, 18, 1, 22))),
                call.keywords());
        assertEquals("f", file.calls().get(0).callee());
        assertEquals(new Span(1, 1, 1, 23), file.calls().get(0).span());
    }

    @Test
    void nestedCallsInSourceOrder() {
        PyFile file = PythonFrontEnd.parse("a.b(c(d()), e=g())\nx = lambda: h()\n");
        assertEquals(List.of("a.b", "c", "d", "g", "h"), file.calls().stream().map(PyCall::callee).toList());
        PyFile chained = PythonFrontEnd.parse("make()(1)\n");
        assertEquals(2, chained.calls().size());
        assertNull(chained.calls().get(0).callee());
        assertEquals("make", chained.calls().get(1).callee());
    }

    @Test
    void stringsWithEscapesConcatenationAndFStrings() {
        String src = String.join("\n",
                "a = 'tab\\there\\n'",
                "b = r'raw\\n'",
                "c = \"x\" 'y'",
                "d = f\"v{value!r}{{lit}}\\t\"",
                "e = '''multi",
                "line'''",
                "g = b'\\x41\\u0041'",
                "h = '\\N{BULLET}\\x41\\101'",
                "");
        PyFile file = PythonFrontEnd.parse(src);
        assertEquals(List.of(), file.problems());
        List<PyString> s = file.strings();
        assertEquals(List.of("tab\there\n", "raw\\n", "xy", "v{lit}\t", "multi\nline", "A\\u0041", "\u2022AA"),
                s.stream().map(PyString::value).toList());
        assertEquals(new Span(3, 5, 3, 12), s.get(2).span());
        assertTrue(s.get(3).fString());
        assertFalse(s.get(0).fString());
        assertEquals(new Span(5, 5, 6, 8), s.get(4).span());
        // the interpolated expression is still seen
        PyFile withCall = PythonFrontEnd.parse("x = f'{load()}'\n");
        assertEquals(List.of("load"), withCall.calls().stream().map(PyCall::callee).toList());
    }

    @Test
    void comments() {
        PyFile file = PythonFrontEnd.parse("# header\nx = 1  # expect: SEC001\n    # indented\n");
        assertEquals(List.of(new PyComment(" header", false, new Span(1, 1, 1, 9)),
                new PyComment(" expect: SEC001", true, new Span(2, 8, 2, 24)),
                new PyComment(" indented", false, new Span(3, 5, 3, 15))), file.comments());
        assertEquals(3, file.lineCount());
    }

    @Test
    void nonAsciiColumnsAreUtf16() {
        // é is one UTF-16 unit (2 UTF-8 bytes); the emoji is two units (4 bytes)
        String src = "café = '😀'; name = \"é\"\ndef f(ü):\n    return ü\n";
        PyFile file = PythonFrontEnd.parse(src);
        assertEquals(List.of(), file.problems());
        PyAssignment cafe = file.assignments().get(0);
        assertEquals("café", cafe.target());
        assertEquals(new Span(1, 1, 1, 5), cafe.targetSpan());
        assertEquals(new PyExpr.Str("😀", false, new Span(1, 8, 1, 12)), cafe.value());
        PyAssignment name = file.assignments().get(1);
        assertEquals(new Span(1, 14, 1, 18), name.targetSpan());
        assertEquals(new PyExpr.Str("é", false, new Span(1, 21, 1, 24)), name.value());
        PyFunction f = file.functions().get(0);
        assertEquals(new Span(2, 7, 2, 8), f.parameters().get(0).span());
        assertEquals(new PyExpr.Name("ü", new Span(3, 12, 3, 13)), f.body().returns().get(0));
    }

    @Test
    void crlfLineEndings() {
        PyFile file = PythonFrontEnd.parse("x = 1\r\ny = 2  # c\r\n");
        assertEquals(new Span(2, 1, 2, 2), file.assignments().get(1).targetSpan());
        assertEquals(" c", file.comments().get(0).text());
        assertEquals(2, file.lineCount());
    }

    @Test
    void syntaxErrorInTheMiddleKeepsTheRest() {
        PyFile file = PythonFrontEnd.parse(resource("syntax_error.py"));
        List<String> names = file.functions().stream().map(PyFunction::name).toList();
        assertTrue(names.contains("before"), names.toString());
        assertTrue(names.contains("after"), names.toString());
        PyFunction after = function(file, "after");
        assertEquals(new Span(9, 5, 9, 10), after.nameSpan());
        assertEquals(List.of("call"), after.body().calls().stream().map(PyCall::callee).toList());
        assertFalse(file.problems().isEmpty());
        ParseProblem first = file.problems().get(0);
        assertEquals(5, first.span().startLine());
        for (int i = 1; i < file.problems().size(); i++) {
            assertTrue(file.problems().get(i - 1).span().startLine() <= file.problems().get(i).span().startLine());
        }
    }

    @Test
    void missingTokenIsNamed() {
        PyFile file = PythonFrontEnd.parse("def f(:\n    pass\n");
        assertEquals(List.of(new ParseProblem(new Span(1, 7, 1, 7), "missing ')'")), file.problems());
        assertEquals("f", file.functions().get(0).name());
    }

    @Test
    void emptyAndBlankFiles() {
        for (String src : new String[] {"", "\n", "   ", "# only a comment"}) {
            PyFile file = PythonFrontEnd.parse(src);
            assertEquals(List.of(), file.problems(), src);
            assertEquals(List.of(), file.functions());
        }
        assertEquals(0, PythonFrontEnd.parse("").lineCount());
        assertEquals(List.of(), PythonFrontEnd.parse(null).problems());
    }
}

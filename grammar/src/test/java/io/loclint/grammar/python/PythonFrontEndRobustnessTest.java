package io.loclint.grammar.python;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PythonFrontEndRobustnessTest {

    @Test
    void tenThousandNestedParenthesesDoNotOverflow() {
        String src = "x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "\ndef after():\n    pass\n";
        PyFile file = PythonFrontEnd.parse(src);
        assertEquals("x", file.assignments().get(0).target());
        assertEquals(List.of("after"), file.functions().stream().map(PyFunction::name).toList());
        assertTrue(file.problems().stream().anyMatch(p -> p.message().contains("nested")), file.problems().toString());
    }

    @Test
    void deeplyNestedListsAndCallsDoNotOverflow() {
        PyFile lists = PythonFrontEnd.parse("y = " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        assertEquals("y", lists.assignments().get(0).target());
        PyFile calls = PythonFrontEnd.parse("z = " + "f(".repeat(5_000) + ")".repeat(5_000) + "\n");
        assertFalse(calls.calls().isEmpty());
        PyFile unclosed = PythonFrontEnd.parse("z = " + "[".repeat(20_000) + "\n");
        assertFalse(unclosed.problems().isEmpty());
    }

    @Test
    void garbageNeverThrows() {
        String[] inputs = {"\0\0\0", "\uD800", "def", "@", "class :", "'''", "f'{", "if x:\n\tpass\n  else", "\\",
                "lambda: (yield)", "x = 1 if else 2", "from . import", "import", "try:\nexcept", "@op\n", "\r\r\n\r"};
        for (String in : inputs) {
            PyFile file = PythonFrontEnd.parse(in);
            assertTrue(file.lineCount() >= 0, in);
        }
    }

    @Test
    void parsesFromSeveralThreadsAtOnce() throws Exception {
        String src = PythonFrontEndTest.resource("nested.py");
        PyFile expected = PythonFrontEnd.parse(src);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<PyFile>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> PythonFrontEnd.parse(src)));
            }
            for (Future<PyFile> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    /** A large generated file parses completely; its speed is measured by bench/, not asserted here. */
    @Test
    void largeGeneratedFileParsesWithoutProblems() {
        String src = generated(20_000);
        PyFile file = PythonFrontEnd.parse(src);
        assertTrue(file.problems().isEmpty(), () -> file.problems().toString());
        assertTrue(file.lineCount() >= 20_000);
        assertTrue(file.functions().size() > 1_000);
    }

    static String generated(int targetLines) {
        StringBuilder sb = new StringBuilder("import os\nimport dagster as dg\nfrom dagster import op, job\n\n");
        int lines = 4;
        for (int i = 0; lines < targetLines; i++) {
            sb.append("@dg.op(name=\"op_").append(i).append("\", tags={'kind': 'python', 'n': ").append(i).append("})\n")
              .append("def op_").append(i).append("(context, value: int = 3) -> int:\n")
              .append("    \"\"\"Docstring for op ").append(i).append(".\"\"\"\n")
              .append("    total = value * 2 + ").append(i).append("  # arithmetic\n")
              .append("    for k in range(10):\n")
              .append("        if k % 2 == 0:\n")
              .append("            total += k\n")
              .append("    items = [x for x in range(total) if x > 1]\n")
              .append("    context.log.info(f\"total={total} for café ").append(i).append("\")\n")
              .append("    cfg = {'a': 1, 'b': [1, 2, 3], **os.environ}\n")
              .append("    return total + len(items)\n\n")
              .append("class Thing").append(i).append(":\n")
              .append("    def method(self, a, *args, **kw):\n")
              .append("        self.x = helper(a, *args, key='v\\n', **kw)\n")
              .append("        return self.x\n\n")
              .append("JOB_").append(i).append(" = dg.define_asset_job(name='job_").append(i)
              .append("', selection=[op_").append(i).append("])\n\n");
            lines += 19;
        }
        return sb.toString();
    }
}

package io.loclint.engine;

import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.SourceFile;
import io.loclint.engine.fix.TextEdits;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.Severity;
import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where {@code --add-suppressions} puts its comments in each kind of file, and where it will not. */
class SuppressionWriterTest {
    @Test
    void pythonCommentsEndTheLineGoBeforeAnotherCommentAndJoinASuppressionThere() {
        String text = """
                import os
                x = compute()  # why this is so
                y = \"\"\"multi
                line\"\"\"
                z = 1 + \\
                    2
                def f():  # loclint: ignore[DEF003]
                    pass
                """;
        assertEquals("""
                import os  # loclint: ignore[DEP002, NAM001]
                x = compute()  # loclint: ignore[SEC001]  # why this is so
                y = \"\"\"multi
                line\"\"\"
                z = 1 + \\
                    2
                def f():  # loclint: ignore[DEF003, NAM002]
                    pass
                ---
                line 3 STR001: a comment at the end of line 3 would change what the file says (it would be inside a\
                 string, a value or a continued line)
                line 5 CNT001: a comment at the end of line 5 would change what the file says (it would be inside a\
                 string, a value or a continued line)
                added 4
                """, added("jobs.py", FileKind.PYTHON, text, "1 NAM001", "1 DEP002", "2 SEC001", "3 STR001",
                "5 CNT001", "7 NAM002"));
    }

    @Test
    void yamlKeepsBlockScalarsAndMultiLineStringsAsTheyAre() {
        String text = """
                image:
                  repository: example.org/app
                  tag: latest
                script: |
                  echo hi
                name: "a
                  b"
                """;
        assertEquals("""
                image:
                  repository: example.org/app
                  tag: latest  # loclint: ignore[IMG001]
                script: |
                  echo hi
                name: "a
                  b"
                ---
                line 5 BLK001: a comment at the end of line 5 would change what the file says (it would be inside a\
                 string, a value or a continued line)
                line 6 STR001: a comment at the end of line 6 would change what the file says (it would be inside a\
                 string, a value or a continued line)
                added 1
                """, added("values.yaml", FileKind.YAML, text, "3 IMG001", "5 BLK001", "6 STR001"));
    }

    @Test
    void tomlKeepsMultiLineStrings() {
        String text = """
                [project]
                name = "x"
                description = \"\"\"
                long\"\"\"
                """;
        assertEquals("""
                [project]
                name = "x"  # loclint: ignore[NAM004]
                description = \"\"\"
                long\"\"\"
                ---
                line 3 STR001: a comment at the end of line 3 would change what the file says (it would be inside a\
                 string, a value or a continued line)
                added 1
                """, added("pyproject.toml", FileKind.PYPROJECT, text, "2 NAM004", "3 STR001"));
    }

    @Test
    void dockerfileCommentsGoAloneAboveTheInstructionAtItsIndentation() {
        String text = """
                # syntax=docker/dockerfile:1
                FROM python:latest
                RUN pip install a \\
                    b
                  ENV X=1
                """;
        assertEquals("""
                # syntax=docker/dockerfile:1
                # loclint: ignore[IMG001]
                FROM python:latest
                RUN pip install a \\
                    b
                  # loclint: ignore[ENV001]
                  ENV X=1
                ---
                line 4 CNT001: line 4 continues the instruction above it, so no comment can go above it
                added 2
                """, added("Dockerfile", FileKind.DOCKERFILE, text, "2 IMG001", "4 CNT001", "5 ENV001"));
    }

    @Test
    void dotenvCommentsGoAboveAndJoinASuppressionThere() {
        String text = "# loclint: ignore[SEC001]\nA=1\nB=2\r\n";
        assertEquals("# loclint: ignore[SEC001, SEC002]\nA=1\n# loclint: ignore[SEC001]\nB=2\r\n---\nadded 2\n",
                added(".env", FileKind.DOTENV, text, "2 SEC002", "3 SEC001"));
    }

    @Test
    void helmTemplatesKeepActionsAndBlockScalars() {
        String text = """
                apiVersion: v1
                spec:
                  image: {{ .Values.image
                    | quote }}
                  data: |
                    a
                """;
        assertEquals("""
                apiVersion: v1  # loclint: ignore[HLM001]
                spec:
                  image: {{ .Values.image
                    | quote }}
                  data: |
                    a
                ---
                line 3 IMG001: line 3 ends inside a template action, where a comment cannot go
                line 6 BLK001: line 6 is inside a YAML block scalar, where a comment would be text
                added 1
                """, added("chart/templates/pod.yaml", FileKind.HELM_TEMPLATE, text, "1 HLM001", "3 IMG001",
                "6 BLK001"));
    }

    @Test
    void requirementsKeepContinuedLines() {
        String text = "dagster==1.8.13 \\\n    --hash=sha256:abc\nrequests\n";
        assertEquals("dagster==1.8.13 \\\n    --hash=sha256:abc\nrequests  # loclint: ignore[DEP003]\n---\n"
                        + "line 1 DEP001: line 1 is continued on the next line, so no comment can end it\nadded 1\n",
                added("requirements.txt", FileKind.REQUIREMENTS, text, "1 DEP001", "3 DEP003"));
    }

    @Test
    void unusedSuppressionsAreLeftToFix() {
        String text = "x = 1  # loclint: ignore\n";
        Finding useless = new Finding("SUP001", Severity.NOTE, "m", "a.py", new Span(1, 8, 1, 25), "s", "h");
        SuppressionWriter.Planned planned = SuppressionWriter.plan(source("a.py", FileKind.PYTHON), text,
                List.of(useless));
        assertEquals(List.of(new SuppressionWriter.Skipped(useless,
                "a suppression that names no code needs its codes written in by hand")), planned.skipped());
        assertEquals(List.of(), planned.edits());
    }

    @Test
    void aSuppressionNamingNoCodeGetsTheCodesOfItsLine() {
        String text = "x = compute()  # loclint: ignore\n";
        Finding namesNoCode = new Finding("SUP001", Severity.NOTE, "m", "a.py", new Span(1, 16, 1, 33), "s", "h");
        Finding naming = new Finding("NAM001", Severity.WARNING, "m", "a.py", Span.point(1, 1), "s", "h");
        SuppressionWriter.Planned planned = SuppressionWriter.plan(source("a.py", FileKind.PYTHON), text,
                List.of(namesNoCode, naming));
        assertEquals("x = compute()  # loclint: ignore[NAM001]\n", new TextEdits(text).apply(planned.edits()).text());
        assertEquals(List.of(), planned.skipped());
    }

    /** The text with the comments in, "---", the skipped findings, and the number of codes added. */
    private static String added(String path, FileKind kind, String text, String... lineAndCode) {
        List<Finding> findings = new ArrayList<>();
        for (String spec : lineAndCode) {
            String[] parts = spec.split(" ");
            findings.add(new Finding(parts[1], Severity.WARNING, "m", path,
                    Span.point(Integer.parseInt(parts[0]), 1), "s", "h"));
        }
        SuppressionWriter.Planned planned = SuppressionWriter.plan(source(path, kind), text, findings);
        StringBuilder out = new StringBuilder(new TextEdits(text).apply(planned.edits()).text()).append("---\n");
        planned.skipped().forEach(s -> out.append("line ").append(s.finding().span().startLine()).append(' ')
                .append(s.finding().code()).append(": ").append(s.why()).append('\n'));
        return out.append("added ").append(planned.added()).append('\n').toString();
    }

    private static SourceFile source(String path, FileKind kind) {
        return new SourceFile(path, Path.of(path), kind, 0);
    }
}

package io.loclint.cli.server;

import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.SourceFile;
import io.loclint.engine.result.Edit;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.Fix;
import io.loclint.engine.result.Severity;
import io.loclint.grammar.Span;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The server's quick fixes are the changes {@code --add-suppressions} and {@code --fix} make, as protocol edits. */
class CodeActionsTest {
    private static final String URI = "file:///w/f";

    private static Finding finding(String path, int line) {
        return new Finding("SEC002", Severity.ERROR, "a secret", path, Span.point(line, 1), "token", "hint");
    }

    private static TextEdit suppress(String path, String text, int line) {
        SourceFile source = new SourceFile(path, Path.of("/w").resolve(path), FileKind.of(path), text.length());
        return CodeActions.suppress(finding(path, line), new TextDocument(URI, text), source);
    }

    @Test
    void aTrailingCommentWhereTheFormatAllowsOne() {
        assertEquals(new TextEdit(TextDocument.range(1, 14, 1, 16), "  # loclint: ignore[SEC002]"),
                suppress("config.toml", "[db]\npassword = \"x\"  \n", 2));
        assertEquals(new TextEdit(TextDocument.range(0, 12, 0, 12), "  # loclint: ignore[SEC002]"),
                suppress("values.yaml", "token: abcd1\n", 1));
    }

    @Test
    void aLineOfItsOwnAboveInDockerfilesAndEnvFiles() {
        assertEquals(new TextEdit(TextDocument.range(1, 0, 1, 0), "# loclint: ignore[SEC002]\r\n"),
                suppress("Dockerfile", "FROM python:3.12\r\nENV TOKEN=abcd\r\n", 2));
        assertEquals(new TextEdit(TextDocument.range(0, 0, 0, 0), "# loclint: ignore[SEC002]\n"),
                suppress(".env", "TOKEN=abcd\n", 1));
    }

    @Test
    void onAPythonLineEndingInACommentTheSuppressionGoesBeforeIt() {
        // a Python comment suppresses only when it starts with the directive
        assertEquals(new TextEdit(TextDocument.range(1, 18, 1, 18), "# loclint: ignore[SEC002]  "),
                suppress("job.py", "def f():\n    key = \"abcd\"  # the staging key\n", 2));
    }

    @Test
    void aCodeJoinsASuppressionCommentAlreadyOnTheLineOrAloneAboveIt() {
        assertEquals(new TextEdit(TextDocument.range(0, 32, 0, 38), "SEC001, SEC002"),
                suppress("job.py", "key = \"abcd\"  # loclint: ignore[SEC001]\n", 1));
        assertEquals(new TextEdit(TextDocument.range(0, 18, 0, 24), "IMG001, SEC002"),
                suppress("Dockerfile", "# loclint: ignore[IMG001]\nENV TOKEN=abcd\n", 2));
    }

    @Test
    void noSuppressionWhereNoCommentCanGo() {
        assertNull(suppress("Dockerfile", "FROM python:3.12\nRUN echo a \\\n    && echo b\n", 3),
                "a comment above a continued instruction would end it");
        assertNull(suppress("job.py", "KEY = \"\"\"\nabcd\n\"\"\"\n", 2),
                "a comment there would be text of the string");
    }

    @Test
    void aFindingsFixIsAQuickFixTitledByItsDescriptionAndAnUnusedSuppressionIsNotSuppressed() {
        String text = "x = 1  # loclint: ignore[SEC001, SCH001]\n";
        Fix fix = new Fix("remove SCH001 from the suppression",
                List.of(new Edit(new Span(1, 26, 1, 40), "SEC001")));
        Finding unused = new Finding("SUP001", Severity.NOTE, "'loclint: ignore[SCH001]' suppresses nothing",
                "job.py", new Span(1, 8, 1, 41), "suppression:SCH001@1", "hint", fix);
        Diagnostic diagnostic = new Diagnostic(TextDocument.range(0, 7, 0, 40), unused.message());
        List<CodeAction> actions = CodeActions.forFinding(unused, diagnostic, new TextDocument(URI, text),
                new SourceFile("job.py", Path.of("/w/job.py"), FileKind.PYTHON, text.length()));
        assertEquals(List.of("Remove SCH001 from the suppression"),
                actions.stream().map(CodeAction::getTitle).toList());
        assertEquals(List.of(new TextEdit(TextDocument.range(0, 25, 0, 39), "SEC001")),
                actions.get(0).getEdit().getChanges().get(URI));
        assertEquals(List.of(diagnostic), actions.get(0).getDiagnostics());
    }
}

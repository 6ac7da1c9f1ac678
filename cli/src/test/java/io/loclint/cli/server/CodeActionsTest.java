package io.loclint.cli.server;

import io.loclint.engine.files.FileKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Each file kind gets its suppression comment where the format keeps it a comment. */
class CodeActionsTest {
    private static final String URI = "file:///w/f";

    private static TextEdit suppress(String text, int line, FileKind kind) {
        return CodeActions.suppress("SEC002", line, new TextDocument(URI, text), kind);
    }

    @Test
    void aTrailingCommentWhereTheFormatAllowsOne() {
        assertEquals(new TextEdit(TextDocument.range(1, 14, 1, 16), "  # loclint: ignore[SEC002]"),
                suppress("[db]\npassword = \"x\"  \n", 1, FileKind.TOML));
        assertEquals(new TextEdit(TextDocument.range(0, 12, 0, 12), "  # loclint: ignore[SEC002]"),
                suppress("token: abcd1\n", 0, FileKind.YAML));
    }

    @Test
    void aLineOfItsOwnAboveInDockerfilesEnvFilesAndAfterAPythonComment() {
        assertEquals(new TextEdit(TextDocument.range(1, 0, 1, 0), "# loclint: ignore[SEC002]\r\n"),
                suppress("FROM python:3.12\r\nENV TOKEN=abcd\r\n", 1, FileKind.DOCKERFILE));
        assertEquals(new TextEdit(TextDocument.range(0, 0, 0, 0), "# loclint: ignore[SEC002]\n"),
                suppress("TOKEN=abcd\n", 0, FileKind.DOTENV));
        assertEquals(new TextEdit(TextDocument.range(1, 0, 1, 0), "    # loclint: ignore[SEC002]\n"),
                suppress("def f():\n    key = \"abcd\"  # the staging key\n", 1, FileKind.PYTHON));
    }

    @Test
    void aCodeJoinsASuppressionCommentAlreadyOnTheLineOrAloneAboveIt() {
        assertEquals(new TextEdit(TextDocument.range(0, 38, 0, 38), ", SEC002"),
                suppress("key = \"abcd\"  # loclint: ignore[SEC001]\n", 0, FileKind.PYTHON));
        assertEquals(new TextEdit(TextDocument.range(0, 24, 0, 24), ", SEC002"),
                suppress("# loclint: ignore[IMG001]\nENV TOKEN=abcd\n", 1, FileKind.DOCKERFILE));
    }

    private static TextEdit removeUnused(String text, String code) {
        Diagnostic diagnostic = new Diagnostic(TextDocument.range(0, 0, 0, 1), "'loclint: ignore[" + code
                + "]' suppresses nothing: no " + code + " finding on line 1", DiagnosticSeverity.Information,
                "loclint", "SUP001");
        return CodeActions.removeUnused(diagnostic, new TextDocument(URI, text));
    }

    @Test
    void removingAnUnusedCodeKeepsTheOthersAndTakesALoneCommentLineWhole() {
        assertEquals(new TextEdit(TextDocument.range(0, 25, 0, 39), "SEC001"),
                removeUnused("x = 1  # loclint: ignore[SEC001, SCH001]\n", "SCH001"));
        assertEquals(new TextEdit(TextDocument.range(0, 0, 1, 0), ""),
                removeUnused("  # loclint: ignore[SCH001]\nx = 1\n", "SCH001"));
        assertNull(removeUnused("x = 1\n", "SCH001"), "no comment left to change");
    }
}

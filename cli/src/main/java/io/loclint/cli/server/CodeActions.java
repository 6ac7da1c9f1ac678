package io.loclint.cli.server;

import io.loclint.engine.files.FileKind;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * The quick fixes for a diagnostic: "suppress CODE on this line" for every one, "remove unused suppression" for
 * SUP001. Every kind of file loclint reads takes {@code #} comments; a Dockerfile or a {@code .env} file only on a
 * line of their own (after an instruction or a value, {@code #} is part of it), so the comment goes on the line
 * above there, as it does on a Python line that already ends in a comment (a second {@code #} would be inside the
 * first comment).
 */
final class CodeActions {
    static final String UNUSED_SUPPRESSION = "SUP001";
    /** A suppression comment; group 1 is its code list. The same form {@code Suppressions} reads. */
    private static final Pattern SUPPRESSION = Pattern.compile("#\\s*loclint:\\s*ignore\\[([^\\]]*)\\]");
    /** SUP001's message names the code that suppresses nothing. */
    private static final Pattern UNUSED_CODE = Pattern.compile("'loclint: ignore\\[([^\\]]+)\\]' suppresses nothing");

    private CodeActions() {
    }

    static List<CodeAction> forDiagnostic(Diagnostic diagnostic, TextDocument document, FileKind kind) {
        String code = diagnostic.getCode().getLeft();
        List<CodeAction> actions = new ArrayList<>();
        if (code.equals(UNUSED_SUPPRESSION)) {
            TextEdit removal = removeUnused(diagnostic, document);
            if (removal != null) {
                actions.add(action("Remove unused suppression", diagnostic, document, removal));
            }
            return actions;
        }
        actions.add(action("Suppress " + code + " on this line", diagnostic, document,
                suppress(code, diagnostic.getRange().getStart().getLine(), document, kind)));
        return actions;
    }

    private static CodeAction action(String title, Diagnostic diagnostic, TextDocument document, TextEdit edit) {
        CodeAction action = new CodeAction(title);
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostic));
        action.setEdit(new WorkspaceEdit(Map.of(document.uri(), List.of(edit))));
        return action;
    }

    /** Adds the code to the line's suppression comment, or the one alone above it, or writes a new one. */
    static TextEdit suppress(String code, int line, TextDocument document, FileKind kind) {
        String text = document.line(line);
        TextEdit added = addTo(text, line, code, false);
        if (added != null) {
            return added;
        }
        if (line > 0 && document.line(line - 1).strip().startsWith("#")) {
            added = addTo(document.line(line - 1), line - 1, code, true);
            if (added != null) {
                return added;
            }
        }
        String comment = "# loclint: ignore[" + code + "]";
        boolean ownLine = kind == FileKind.DOCKERFILE || kind == FileKind.DOTENV
                || kind == FileKind.PYTHON && text.contains("#") || text.isBlank();
        if (ownLine) {
            String indent = text.substring(0, text.length() - text.stripLeading().length());
            return new TextEdit(TextDocument.range(line, 0, line, 0), indent + comment + document.lineSeparator());
        }
        int end = text.stripTrailing().length();
        return new TextEdit(TextDocument.range(line, end, line, text.length()), "  " + comment);
    }

    /** @param alone whether the comment must be alone on the line (one above the finding's) */
    private static TextEdit addTo(String text, int line, String code, boolean alone) {
        Matcher m = SUPPRESSION.matcher(text);
        if (!m.find() || alone && !text.substring(0, m.start()).isBlank()) {
            return null;
        }
        String list = m.group(1).strip();
        int insertAt = m.end(1);
        return new TextEdit(TextDocument.range(line, insertAt, line, insertAt),
                list.isEmpty() ? code : ", " + code);
    }

    /** Takes the unused code out of its comment, and the comment (or its line) when no code is left. */
    static TextEdit removeUnused(Diagnostic diagnostic, TextDocument document) {
        Matcher named = UNUSED_CODE.matcher(diagnostic.getMessage());
        if (!named.find()) {
            return null;
        }
        String unused = named.group(1).strip().toUpperCase(Locale.ROOT);
        int line = diagnostic.getRange().getStart().getLine();
        String text = document.line(line);
        Matcher m = SUPPRESSION.matcher(text);
        if (!m.find()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String part : m.group(1).split(",")) {
            String code = part.strip();
            if (!code.isEmpty() && !code.toUpperCase(Locale.ROOT).equals(unused)) {
                kept.add(code);
            }
        }
        if (!kept.isEmpty()) {
            return new TextEdit(TextDocument.range(line, m.start(1), line, m.end(1)), String.join(", ", kept));
        }
        String before = text.substring(0, m.start());
        if (before.isBlank()) {
            return new TextEdit(TextDocument.range(line, 0, line + 1, 0), "");
        }
        int from = before.stripTrailing().length();
        return new TextEdit(TextDocument.range(line, from, line, m.end()), "");
    }
}

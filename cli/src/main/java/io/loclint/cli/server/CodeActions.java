package io.loclint.cli.server;

import io.loclint.engine.SuppressionWriter;
import io.loclint.engine.files.SourceFile;
import io.loclint.engine.result.Edit;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.Fix;
import io.loclint.grammar.Span;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quick fixes for a finding, the same changes {@code check --fix} and {@code check --add-suppressions} make: the
 * finding's safe fix when it has one, and "suppress CODE on this line" wherever {@link SuppressionWriter} can put the
 * comment (an unused suppression is removed, not suppressed).
 */
final class CodeActions {
    private CodeActions() {
    }

    /**
     * @param document the text the finding was found in
     * @param source   that file, for parsing the text again with the comment in
     */
    static List<CodeAction> forFinding(Finding finding, Diagnostic diagnostic, TextDocument document,
                                       SourceFile source) {
        List<CodeAction> actions = new ArrayList<>();
        Fix fix = finding.fix();
        if (fix != null && !fix.edits().isEmpty()) {
            actions.add(action(title(fix.description()), diagnostic, document, edits(fix.edits())));
        }
        TextEdit suppression = suppress(finding, document, source);
        if (suppression != null) {
            actions.add(action("Suppress " + finding.code() + " on this line", diagnostic, document,
                    List.of(suppression)));
        }
        return actions;
    }

    private static CodeAction action(String title, Diagnostic diagnostic, TextDocument document,
                                     List<TextEdit> edits) {
        CodeAction action = new CodeAction(title);
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostic));
        action.setEdit(new WorkspaceEdit(Map.of(document.uri(), edits)));
        return action;
    }

    private static String title(String description) {
        return description.substring(0, 1).toUpperCase(Locale.ROOT) + description.substring(1);
    }

    /** The comment {@code --add-suppressions} would write for this finding, or null where it would write none. */
    static TextEdit suppress(Finding finding, TextDocument document, SourceFile source) {
        if (finding.span() == null || source.kind() == null) {
            return null;
        }
        SuppressionWriter.Planned planned = SuppressionWriter.plan(source, document.text(), List.of(finding));
        return planned.edits().size() == 1 ? edit(planned.edits().get(0)) : null;
    }

    static List<TextEdit> edits(List<Edit> edits) {
        return edits.stream().map(CodeActions::edit).toList();
    }

    /** loclint's spans are the protocol's ranges plus one (both count UTF-16 units, both end exclusive). */
    private static TextEdit edit(Edit edit) {
        Span s = edit.span();
        return new TextEdit(TextDocument.range(s.startLine() - 1, s.startColumn() - 1, s.endLine() - 1,
                s.endColumn() - 1), edit.replacement());
    }
}

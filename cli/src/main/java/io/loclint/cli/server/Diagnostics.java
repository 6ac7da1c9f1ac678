package io.loclint.cli.server;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RuleMeta;
import io.loclint.grammar.Span;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;

/** A finding as the protocol shows it. */
final class Diagnostics {
    static final String SOURCE = "loclint";

    private Diagnostics() {
    }

    static Diagnostic of(Finding finding, TextDocument document) {
        Diagnostic diagnostic = new Diagnostic(range(finding.span(), document), finding.message(),
                severity(finding), SOURCE, finding.code());
        // the rule page, as SARIF's helpUri links it
        diagnostic.setCodeDescription(new DiagnosticCodeDescription(RuleMeta.DOCS_BASE + finding.code() + ".md"));
        return diagnostic;
    }

    private static DiagnosticSeverity severity(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case NOTE -> DiagnosticSeverity.Information;
        };
    }

    /**
     * loclint's spans are 1-based with columns in UTF-16 code units and an exclusive end, SARIF's convention; the
     * protocol's ranges are the same less one. A span that marks only a point (or has no usable end) covers the
     * rest of its line, so editors have something to underline; one without a line marks the file's first line.
     */
    static Range range(Span span, TextDocument document) {
        if (span == null || span.startLine() <= 0) {
            return TextDocument.range(0, 0, 0, document.line(0).length());
        }
        int line = span.startLine() - 1;
        int column = Math.max(0, span.startColumn() - 1);
        boolean hasEnd = span.endLine() > span.startLine()
                || span.endLine() == span.startLine() && span.endColumn() > span.startColumn();
        if (hasEnd) {
            return TextDocument.range(line, column, span.endLine() - 1, Math.max(0, span.endColumn() - 1));
        }
        return TextDocument.range(line, column, line, Math.max(column, document.line(line).length()));
    }
}

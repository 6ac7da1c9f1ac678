package io.loclint.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import io.loclint.engine.result.Edit;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.Fix;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.ToolNotification;
import io.loclint.grammar.Span;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * loclint's own JSON report, format version {@value #FORMAT_VERSION}. Every key is always present (null when
 * unknown), keys come in the order below, and the shape only grows: a key is never renamed or removed without
 * bumping {@code version}.
 *
 * <pre>
 * {
 *   "version": 1,                         // version of this report format (not of loclint)
 *   "tool": {"name": "loclint", "version": "0.1.0"},
 *   "findings": [{
 *     "code": "NAM001", "severity": "error",          // severity: error | warning | note
 *     "message": "...", "path": "src/jobs.py",        // path relative to the root, forward slashes
 *     "startLine": 12, "startColumn": 5,              // 1-based; columns in UTF-16 code units
 *     "endLine": 12, "endColumn": 12,                 // end column just after the last char; null if unknown
 *     "symbol": "DataJob", "hint": "...",             // null when absent
 *     "fingerprint": "0123...:1",                     // same as SARIF partialFingerprints["loclint/v1"]
 *     "fix": {                                        // null unless the finding has a safe fix (check --fix)
 *       "description": "remove the unused suppression",
 *       "edits": [{"startLine": 4, "startColumn": 27,  // replace from start up to (not including) end; an
 *                  "endLine": 4, "endColumn": 35,      //   insertion has end = start
 *                  "text": ""}]                        // "" deletes
 *     }
 *   }],
 *   "notifications": [{"id": "...", "level": "warning", "message": "...", "path": null}],
 *   "summary": {"problems": 1, "errors": 1, "warnings": 0, "notes": 0, "filesChecked": 12, "successful": true}
 * }
 * </pre>
 */
public final class JsonReporter implements Reporter {

    public static final String NAME = "json";
    public static final int FORMAT_VERSION = 1;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(RunResult result, OutputStream out) throws IOException {
        JsonGenerator gen = JsonOutput.open(out);
        gen.writeStartObject();
        gen.writeNumberField("version", FORMAT_VERSION);
        gen.writeObjectFieldStart("tool");
        gen.writeStringField("name", "loclint");
        JsonOutput.stringOrNull(gen, "version", result.toolVersion());
        gen.writeEndObject();

        List<String> fingerprints = Fingerprints.of(result.findings());
        gen.writeArrayFieldStart("findings");
        for (int i = 0; i < result.findings().size(); i++) {
            Finding f = result.findings().get(i);
            Span span = f.span();
            gen.writeStartObject();
            gen.writeStringField("code", f.code());
            gen.writeStringField("severity", f.severity().label());
            JsonOutput.stringOrNull(gen, "message", f.message());
            JsonOutput.stringOrNull(gen, "path", f.path());
            JsonOutput.positionOrNull(gen, "startLine", span == null ? 0 : span.startLine());
            JsonOutput.positionOrNull(gen, "startColumn", span == null ? 0 : span.startColumn());
            JsonOutput.positionOrNull(gen, "endLine", span == null ? 0 : span.endLine());
            JsonOutput.positionOrNull(gen, "endColumn", span == null ? 0 : span.endColumn());
            JsonOutput.stringOrNull(gen, "symbol", f.symbol());
            JsonOutput.stringOrNull(gen, "hint", f.hint());
            gen.writeStringField("fingerprint", fingerprints.get(i));
            fix(gen, f.fix());
            gen.writeEndObject();
        }
        gen.writeEndArray();

        gen.writeArrayFieldStart("notifications");
        for (ToolNotification n : result.notifications()) {
            gen.writeStartObject();
            JsonOutput.stringOrNull(gen, "id", n.id());
            JsonOutput.stringOrNull(gen, "level", n.level());
            JsonOutput.stringOrNull(gen, "message", n.message());
            JsonOutput.stringOrNull(gen, "path", n.path());
            gen.writeEndObject();
        }
        gen.writeEndArray();

        Summary s = Summary.of(result);
        gen.writeObjectFieldStart("summary");
        gen.writeNumberField("problems", s.problems());
        gen.writeNumberField("errors", s.errors());
        gen.writeNumberField("warnings", s.warnings());
        gen.writeNumberField("notes", s.notes());
        gen.writeNumberField("filesChecked", s.filesChecked());
        gen.writeBooleanField("successful", result.successful());
        gen.writeEndObject();

        gen.writeEndObject();
        JsonOutput.finish(gen);
    }

    /** The safe fix {@code check --fix} would apply, for a script or an editor integration to apply itself. */
    private static void fix(JsonGenerator gen, Fix fix) throws IOException {
        if (fix == null || fix.edits().isEmpty()) {
            gen.writeNullField("fix");
            return;
        }
        gen.writeObjectFieldStart("fix");
        gen.writeStringField("description", fix.description());
        gen.writeArrayFieldStart("edits");
        for (Edit edit : fix.edits()) {
            Span span = edit.span();
            gen.writeStartObject();
            gen.writeNumberField("startLine", span.startLine());
            gen.writeNumberField("startColumn", span.startColumn());
            gen.writeNumberField("endLine", span.endLine());
            gen.writeNumberField("endColumn", span.endColumn());
            gen.writeStringField("text", edit.replacement());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }
}

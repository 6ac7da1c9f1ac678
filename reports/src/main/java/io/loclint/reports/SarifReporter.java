package io.loclint.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import io.loclint.engine.result.Edit;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RuleMeta;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.ToolNotification;
import io.loclint.grammar.Span;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0, written with jackson-core's streaming generator (no databind: it costs about half a second at
 * start-up). One run; one result per finding; rules in {@link RunResult#rules()} order so {@code ruleIndex}
 * is stable; paths relative to {@code %SRCROOT%}; columns in UTF-16 code units.
 *
 * <p>Never written: {@code region.snippet} or {@code contextRegion} (a credential may sit on the line), timestamps
 * or anything else that changes between two runs over the same input.
 */
public final class SarifReporter implements Reporter {

    public static final String NAME = "sarif";
    public static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    public static final String INFORMATION_URI = "https://github.com/loclint/loclint";
    public static final String SRCROOT = "%SRCROOT%";

    private static final Set<String> NOTIFICATION_LEVELS = Set.of("none", "note", "warning", "error");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(RunResult result, OutputStream out) throws IOException {
        JsonGenerator gen = JsonOutput.open(out);
        gen.writeStartObject();
        gen.writeStringField("$schema", SCHEMA_URI);
        gen.writeStringField("version", "2.1.0");
        gen.writeArrayFieldStart("runs");
        gen.writeStartObject();

        writeTool(gen, result);
        writeInvocation(gen, result);
        if (result.root() != null) {
            gen.writeObjectFieldStart("originalUriBaseIds");
            gen.writeObjectFieldStart(SRCROOT);
            gen.writeStringField("uri", Uris.directoryUri(result.root()));
            gen.writeEndObject();
            gen.writeEndObject();
        }
        writeResults(gen, result);
        gen.writeStringField("columnKind", "utf16CodeUnits");

        gen.writeEndObject();
        gen.writeEndArray();
        gen.writeEndObject();
        JsonOutput.finish(gen);
    }

    private static void writeTool(JsonGenerator gen, RunResult result) throws IOException {
        gen.writeObjectFieldStart("tool");
        gen.writeObjectFieldStart("driver");
        gen.writeStringField("name", "loclint");
        if (result.toolVersion() != null) {
            gen.writeStringField("version", result.toolVersion());
        }
        gen.writeStringField("informationUri", INFORMATION_URI);
        gen.writeArrayFieldStart("rules");
        for (RuleMeta rule : result.rules()) {
            writeRule(gen, rule);
        }
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeEndObject();
    }

    private static void writeRule(JsonGenerator gen, RuleMeta rule) throws IOException {
        String summary = orElse(rule.summary(), rule.code());
        gen.writeStartObject();
        gen.writeStringField("id", rule.code());
        if (rule.name() != null) {
            gen.writeStringField("name", rule.name());
        }
        message(gen, "shortDescription", summary);
        message(gen, "fullDescription", orElse(rule.description(), summary));
        String help = orElse(rule.help(), summary);
        gen.writeObjectFieldStart("help");
        gen.writeStringField("text", help);
        gen.writeStringField("markdown", help + "\n\n[" + rule.code() + " documentation](" + rule.helpUri() + ")");
        gen.writeEndObject();
        gen.writeStringField("helpUri", rule.helpUri());
        gen.writeObjectFieldStart("defaultConfiguration");
        gen.writeStringField("level", rule.severity().label());
        gen.writeEndObject();
        gen.writeObjectFieldStart("properties");
        gen.writeArrayFieldStart("tags");
        for (String tag : rule.tags()) {
            gen.writeString(tag);
        }
        if (rule.guideSection() != null && !rule.guideSection().isEmpty()) {
            gen.writeString("guide-" + rule.guideSection());
        }
        gen.writeEndArray();
        if (rule.securitySeverity() != null) {
            gen.writeStringField("security-severity", rule.securitySeverity());
        }
        if (rule.precision() != null) {
            gen.writeStringField("precision", rule.precision());
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }

    private static void writeInvocation(JsonGenerator gen, RunResult result) throws IOException {
        gen.writeArrayFieldStart("invocations");
        gen.writeStartObject();
        gen.writeBooleanField("executionSuccessful", result.successful());
        gen.writeArrayFieldStart("toolExecutionNotifications");
        for (ToolNotification n : result.notifications()) {
            gen.writeStartObject();
            gen.writeStringField("level", notificationLevel(n.level()));
            message(gen, "message", orElse(n.message(), ""));
            if (n.id() != null && !n.id().isEmpty()) {
                gen.writeObjectFieldStart("descriptor");
                gen.writeStringField("id", n.id());
                gen.writeEndObject();
            }
            if (n.path() != null && !n.path().isEmpty()) {
                locations(gen, n.path(), null);
            }
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeEndArray();
    }

    private static void writeResults(JsonGenerator gen, RunResult result) throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < result.rules().size(); i++) {
            ruleIndex.putIfAbsent(result.rules().get(i).code(), i);
        }
        // with a baseline, new and unchanged findings go out in report order, as without one, so fingerprints agree
        List<Finding> reported = new ArrayList<>(result.findings());
        Set<Finding> unchanged = Collections.newSetFromMap(new IdentityHashMap<>());
        if (result.baseline() != null) {
            unchanged.addAll(result.baseline().unchanged());
            reported.addAll(result.baseline().unchanged());
            reported.sort(Finding.ORDER);
        }
        // suppressed findings stay in SARIF, marked, so code-scanning consumers see them as suppressed
        List<Finding> all = new ArrayList<>(reported);
        all.addAll(result.suppressed());
        List<String> fingerprints = Fingerprints.of(all);
        gen.writeArrayFieldStart("results");
        for (int i = 0; i < all.size(); i++) {
            Finding f = all.get(i);
            boolean suppressed = i >= reported.size();
            gen.writeStartObject();
            gen.writeStringField("ruleId", f.code());
            Integer index = ruleIndex.get(f.code());
            if (index != null) {
                gen.writeNumberField("ruleIndex", index);
            }
            gen.writeStringField("level", f.severity().label());
            message(gen, "message", orElse(f.message(), f.code()));
            locations(gen, f.path(), f.span());
            if (f.fix() != null && !f.fix().edits().isEmpty()) {
                fixes(gen, f);
            }
            gen.writeObjectFieldStart("partialFingerprints");
            gen.writeStringField(Fingerprints.KEY, fingerprints.get(i));
            gen.writeEndObject();
            if (suppressed) {
                gen.writeArrayFieldStart("suppressions");
                gen.writeStartObject();
                gen.writeStringField("kind", "inSource");
                gen.writeEndObject();
                gen.writeEndArray();
            } else if (result.baseline() != null) {
                gen.writeStringField("baselineState", unchanged.contains(f) ? "unchanged" : "new");
            }
            if (f.symbol() != null || f.hint() != null) {
                gen.writeObjectFieldStart("properties");
                if (f.symbol() != null) {
                    gen.writeStringField("symbol", f.symbol());
                }
                if (f.hint() != null) {
                    gen.writeStringField("hint", f.hint());
                }
                gen.writeEndObject();
            }
            gen.writeEndObject();
        }
        if (result.baseline() != null) {
            for (Finding f : result.baseline().absent()) {
                writeAbsent(gen, f, ruleIndex.get(f.code()));
            }
        }
        gen.writeEndArray();
    }

    /**
     * A baseline entry with no current finding. Only its code and path are known (the baseline stores the symbol
     * as a salted hash), so it has no region and no fingerprint; its level is {@code none} since it is not a
     * problem now.
     */
    private static void writeAbsent(JsonGenerator gen, Finding f, Integer index) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("ruleId", f.code());
        if (index != null) {
            gen.writeNumberField("ruleIndex", index);
        }
        gen.writeStringField("kind", "pass");
        gen.writeStringField("level", "none");
        message(gen, "message", orElse(f.message(), f.code()));
        locations(gen, f.path(), null);
        gen.writeStringField("baselineState", "absent");
        gen.writeEndObject();
    }

    /**
     * The finding's certainly safe fix, the one {@code check --fix} applies, for a SARIF viewer to offer. An edit
     * that inserts has an empty region: its end is written equal to its start (a region without an end would run
     * to the end of the line).
     */
    private static void fixes(JsonGenerator gen, Finding f) throws IOException {
        gen.writeArrayFieldStart("fixes");
        gen.writeStartObject();
        message(gen, "description", f.fix().description());
        gen.writeArrayFieldStart("artifactChanges");
        gen.writeStartObject();
        artifactLocation(gen, f.path());
        gen.writeArrayFieldStart("replacements");
        for (Edit edit : f.fix().edits()) {
            gen.writeStartObject();
            region(gen, "deletedRegion", edit.span());
            if (!edit.replacement().isEmpty()) {
                gen.writeObjectFieldStart("insertedContent");
                gen.writeStringField("text", edit.replacement());
                gen.writeEndObject();
            }
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeEndArray();
    }

    /** One physical location: the file, and its region where the span is known (a notification has none). */
    private static void locations(JsonGenerator gen, String path, Span span) throws IOException {
        gen.writeArrayFieldStart("locations");
        gen.writeStartObject();
        gen.writeObjectFieldStart("physicalLocation");
        artifactLocation(gen, path);
        region(gen, "region", span);
        gen.writeEndObject();
        gen.writeEndObject();
        gen.writeEndArray();
    }

    private static void artifactLocation(JsonGenerator gen, String path) throws IOException {
        gen.writeObjectFieldStart("artifactLocation");
        gen.writeStringField("uri", Uris.relativeReference(path));
        gen.writeStringField("uriBaseId", SRCROOT);
        gen.writeEndObject();
    }

    /**
     * Start line is required for a region here (no region at all when it is unknown); other values are written
     * only when known (&gt; 0). An end is dropped when its line is unknown (SARIF would read the end column
     * against the start line) or when it lies before the start.
     */
    private static void region(JsonGenerator gen, String field, Span span) throws IOException {
        if (span == null || span.startLine() <= 0) {
            return;
        }
        boolean startColumn = span.startColumn() > 0;
        boolean endLine = span.endLine() >= span.startLine();
        boolean endColumn = endLine && span.endColumn() > 0
                && (span.endLine() > span.startLine() || !startColumn || span.endColumn() >= span.startColumn());
        gen.writeObjectFieldStart(field);
        gen.writeNumberField("startLine", span.startLine());
        if (startColumn) {
            gen.writeNumberField("startColumn", span.startColumn());
        }
        if (endLine) {
            gen.writeNumberField("endLine", span.endLine());
        }
        if (endColumn) {
            gen.writeNumberField("endColumn", span.endColumn());
        }
        gen.writeEndObject();
    }

    private static void message(JsonGenerator gen, String field, String text) throws IOException {
        gen.writeObjectFieldStart(field);
        gen.writeStringField("text", text);
        gen.writeEndObject();
    }

    private static String notificationLevel(String level) {
        String l = level == null ? "" : level.trim().toLowerCase(Locale.ROOT);
        return NOTIFICATION_LEVELS.contains(l) ? l : "warning";
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}

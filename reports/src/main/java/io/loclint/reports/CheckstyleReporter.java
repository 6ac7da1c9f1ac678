package io.loclint.reports;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.Severity;
import io.loclint.grammar.Span;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle XML, version 4.3: the format reviewdog ({@code -f=checkstyle}) and Jenkins (Warnings NG's
 * Checkstyle parser) read.
 *
 * <pre>
 * &lt;?xml version="1.0" encoding="UTF-8"?&gt;
 * &lt;checkstyle version="4.3"&gt;
 *   &lt;file name="src/jobs.py"&gt;
 *     &lt;error line="12" column="5" severity="error" message="job 'DataJob' is not snake_case" source="loclint.NAM001"/&gt;
 *   &lt;/file&gt;
 * &lt;/checkstyle&gt;
 * </pre>
 *
 * <ul>
 *   <li>One {@code <file>} per path, in the order the path first appears among the findings (the engine sorts
 *       by path, so each file appears once); paths are relative to the root, as in the other formats.</li>
 *   <li>Severity: error → {@code error}, warning → {@code warning}, note → {@code info}.</li>
 *   <li>{@code line} and {@code column} are left out when unknown (consumers read a missing line as 0, a
 *       file-level problem).</li>
 *   <li>Line breaks in a message become spaces (attribute values cannot keep them; see {@link XmlOutput}).</li>
 * </ul>
 * Suppressed findings and tool notifications are not written: the format has no place for them.
 */
public final class CheckstyleReporter implements Reporter {

    public static final String NAME = "checkstyle";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(RunResult result, OutputStream out) throws IOException {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            byFile.computeIfAbsent(f.path() == null ? "" : f.path(), k -> new ArrayList<>()).add(f);
        }
        try (XmlOutput xml = XmlOutput.open(out)) {
            xml.start("checkstyle").attribute("version", "4.3");
            for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
                xml.start("file").attribute("name", file.getKey());
                for (Finding f : file.getValue()) {
                    Span span = f.span();
                    xml.leaf("error");
                    if (span != null && span.startLine() > 0) {
                        xml.attribute("line", span.startLine());
                        if (span.startColumn() > 0) {
                            xml.attribute("column", span.startColumn());
                        }
                    }
                    xml.attribute("severity", severity(f.severity()))
                            .attribute("message", f.message() == null ? f.code() : f.message())
                            .attribute("source", "loclint." + f.code());
                }
                xml.end();
            }
            xml.end();
        }
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "info";
        };
    }
}

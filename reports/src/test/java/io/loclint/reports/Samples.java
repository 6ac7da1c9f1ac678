package io.loclint.reports;

import io.loclint.engine.result.Edit;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.Fix;
import io.loclint.engine.result.RuleMeta;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.Severity;
import io.loclint.engine.result.ToolNotification;
import io.loclint.grammar.Span;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Run results the report tests render. */
final class Samples {

    static final Path ROOT = Path.of("/srv/checkouts/weather repo");

    static final List<RuleMeta> RULES = List.of(
            new RuleMeta("DEF003", "dangling-op", Severity.WARNING,
                    "An op is defined but no job or graph uses it.",
                    "Finds ops that no job or graph invokes. Dead ops drift out of date and mislead readers.",
                    "Wire the op into a job or graph, or delete it.", "2.3.3", List.of("definitions"), null, null),
            new RuleMeta("IMG001", "latest-image-tag", Severity.ERROR,
                    "An image reference uses the `latest` tag.",
                    "Finds image references tagged `latest`. Deployments must be reproducible.",
                    "Pin a semantic version or a commit SHA.", "3", List.of("images", "security"), "7.0",
                    "very-high"),
            new RuleMeta("NAM001", "job-name-not-snake-case", Severity.ERROR,
                    "A job's effective name is not snake_case.",
                    "Checks every job's effective name against `^[a-z][a-z0-9]*(_[a-z0-9]+)*$`.",
                    null, "2.4", List.of("naming"), null, null),
            new RuleMeta("SEC001", "hardcoded-credential", Severity.ERROR,
                    "A credential is written as a literal in Python.",
                    "Finds secrets bound to secret-like names or matching known credential formats.",
                    "Read the value with `dg.EnvVar(\"NAME\")`.", "2.4", List.of("security"), "9.0", "high"));

    /** Several rules, two files (one with a space, one with a non-ASCII char), a duplicate key, an unknown end. */
    static RunResult representative() {
        List<Finding> findings = List.of(
                new Finding("IMG001", Severity.ERROR, "image 'ghcr.io/acme/weather' uses the tag 'latest'",
                        "charts/values prod.yaml", new Span(3, 8, 3, 14), "image.tag", "pin a version: tag: 1.4.2"),
                new Finding("NAM001", Severity.ERROR, "job 'DataJob' is not snake_case",
                        "src/wetter_ü/jobs.py", new Span(12, 5, 12, 12), "DataJob", "rename it to 'data_job'"),
                new Finding("DEF003", Severity.WARNING, "op 'clean_op' is defined but no job or graph uses it",
                        "src/wetter_ü/jobs.py", new Span(30, 1, 0, 0), "clean_op", null),
                new Finding("SEC001", Severity.ERROR, "'api_key' holds a literal credential (AKIA***)",
                        "src/wetter_ü/jobs.py", new Span(40, 11, 40, 35), "api_key", "use dg.EnvVar(\"API_KEY\")"),
                new Finding("SEC001", Severity.ERROR, "'api_key' holds a literal credential (ghp_***)",
                        "src/wetter_ü/jobs.py", new Span(41, 11, 41, 51), "api_key", "use dg.EnvVar(\"API_KEY\")"));
        List<ToolNotification> notifications = List.of(
                new ToolNotification("file-too-large", "warning", "file is larger than 5 MB and was skipped",
                        "data/big dump.json"),
                new ToolNotification("config-default", "note", "no [tool.loclint] table; using the defaults", null));
        return new RunResult(ROOT, findings, RULES, notifications, "0.1.0", true, 12);
    }

    static RunResult withFindings(List<Finding> findings, long files) {
        return new RunResult(ROOT, findings, RULES, List.of(), "0.1.0", true, files);
    }

    /** An unused-suppression finding with its safe fix: a deletion on its line and an insertion at the next. */
    static Finding withSafeFix() {
        Fix fix = new Fix("remove SEC001 from the suppression", List.of(
                Edit.deletion(new Span(4, 27, 4, 35)),
                Edit.insertion(5, 1, "# loclint: ignore[DEF003]\n")));
        return new Finding("SUP001", Severity.NOTE, "suppresses nothing", "jobs/nightly.py",
                new Span(4, 9, 4, 36), "SEC001", null, fix);
    }

    static Finding finding(String code, Severity severity, String path, int line, String symbol) {
        return new Finding(code, severity, "message for " + symbol, path, new Span(line, 1, line, 10), symbol, null);
    }

    static String render(Reporter reporter, RunResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            reporter.write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private Samples() {
    }
}

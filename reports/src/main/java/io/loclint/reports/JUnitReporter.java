package io.loclint.reports;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RuleMeta;
import io.loclint.engine.result.RunResult;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML, as CI servers read test results (Jenkins, GitLab, Gitea/GitHub test-report actions): one
 * {@code <testsuite>} per rule, so the report shows every rule that ran.
 *
 * <pre>
 * &lt;testsuites name="loclint" tests="3" failures="1" errors="0"&gt;
 *   &lt;testsuite name="NAM001 job-name-not-snake-case" tests="1" failures="1" errors="0" skipped="0"&gt;
 *     &lt;testcase name="src/jobs.py" classname="loclint.NAM001"&gt;
 *       &lt;failure message="job 'DataJob' is not snake_case" type="error"&gt;src/jobs.py:12:5: error NAM001 ...&lt;/failure&gt;
 *     &lt;/testcase&gt;
 *   &lt;/testsuite&gt;
 *   &lt;testsuite name="NAM002 op-name-not-snake-case" tests="1" failures="0" errors="0" skipped="0"&gt;
 *     &lt;testcase name="all checked files" classname="loclint.NAM002"/&gt;
 *   &lt;/testsuite&gt;
 * &lt;/testsuites&gt;
 * </pre>
 *
 * <ul>
 *   <li>Suites follow {@link RunResult#rules()} (sorted by code); a finding whose code is not among them (there
 *       should be none) still gets a suite, after the others, sorted by code.</li>
 *   <li>A rule with findings has one test case per file it reported in (name: the path), holding one
 *       {@code <failure>} per finding there, in report order; {@code type} is the severity, so notes and
 *       warnings are failures too (choose what fails the build with {@code --fail-on}, not here).</li>
 *   <li>A rule without findings has one passing test case, {@value #CLEAN_CASE}.</li>
 *   <li>Counts follow JUnit's meaning: {@code tests} counts test cases and {@code failures} counts failed test
 *       cases (not {@code <failure>} elements), on each suite and summed on {@code <testsuites>}.</li>
 *   <li>No {@code time} or {@code timestamp} attributes, so the same run gives the same bytes.</li>
 * </ul>
 * Suppressed findings and tool notifications are not written.
 */
public final class JUnitReporter implements Reporter {

    public static final String NAME = "junit";
    static final String CLEAN_CASE = "all checked files";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(RunResult result, OutputStream out) throws IOException {
        // code -> path -> findings, both in first-seen (report) order
        Map<String, Map<String, List<Finding>>> byRule = new LinkedHashMap<>();
        Map<String, String> suiteNames = new LinkedHashMap<>();
        for (RuleMeta rule : result.rules()) {
            byRule.putIfAbsent(rule.code(), new LinkedHashMap<>());
            suiteNames.putIfAbsent(rule.code(), rule.name() == null ? rule.code() : rule.code() + " " + rule.name());
        }
        Map<String, Map<String, List<Finding>>> unknown = new TreeMap<>();
        for (Finding f : result.findings()) {
            Map<String, List<Finding>> files = byRule.containsKey(f.code()) ? byRule.get(f.code())
                    : unknown.computeIfAbsent(f.code(), k -> new LinkedHashMap<>());
            files.computeIfAbsent(f.path() == null ? "" : f.path(), k -> new ArrayList<>()).add(f);
        }
        byRule.putAll(unknown);

        int tests = 0;
        int failures = 0;
        for (Map<String, List<Finding>> files : byRule.values()) {
            tests += files.isEmpty() ? 1 : files.size();
            failures += files.size();
        }

        try (XmlOutput xml = XmlOutput.open(out)) {
            xml.start("testsuites").attribute("name", "loclint")
                    .attribute("tests", tests).attribute("failures", failures).attribute("errors", 0);
            for (Map.Entry<String, Map<String, List<Finding>>> rule : byRule.entrySet()) {
                String code = rule.getKey();
                Map<String, List<Finding>> files = rule.getValue();
                xml.start("testsuite").attribute("name", suiteNames.getOrDefault(code, code))
                        .attribute("tests", files.isEmpty() ? 1 : files.size())
                        .attribute("failures", files.size())
                        .attribute("errors", 0)
                        .attribute("skipped", 0);
                String classname = "loclint." + code;
                if (files.isEmpty()) {
                    xml.leaf("testcase").attribute("name", CLEAN_CASE).attribute("classname", classname);
                }
                for (Map.Entry<String, List<Finding>> file : files.entrySet()) {
                    xml.start("testcase").attribute("name", file.getKey()).attribute("classname", classname);
                    for (Finding f : file.getValue()) {
                        xml.start("failure")
                                .attribute("message", f.message() == null ? f.code() : f.message())
                                .attribute("type", f.severity().label())
                                .text(body(f))
                                .end();
                    }
                    xml.end();
                }
                xml.end();
            }
            xml.end();
        }
    }

    /** The text format's line, then the hint on its own line when there is one. */
    private static String body(Finding f) {
        String line = TextReporter.location(f) + ": " + f.severity().label() + " " + f.code() + " "
                + (f.message() == null ? "" : f.message());
        return f.hint() == null || f.hint().isEmpty() ? line : line + "\nhint: " + f.hint();
    }
}

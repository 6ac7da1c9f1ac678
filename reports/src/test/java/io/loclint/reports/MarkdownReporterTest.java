package io.loclint.reports;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.Severity;
import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownReporterTest {

    private final MarkdownReporter reporter = new MarkdownReporter();

    @Test
    void representativeRunMatchesTheGoldenFile() {
        Golden.assertMatches("representative.md", Samples.render(reporter, Samples.representative()));
    }

    @Test
    void cleanRunSaysSo() {
        assertEquals("## loclint\n\nNo problems found in 12 files.\n",
                Samples.render(reporter, Samples.withFindings(List.of(), 12)));
    }

    @Test
    void cellsCannotBreakTheTableOrInjectMarkup() {
        Finding f = new Finding("XYZ001", Severity.WARNING, "a | b\r\nc <img src=x> & *y* `z` [l](u)",
                "src/a|b.py", new Span(3, 0, 0, 0), "x", null);
        String md = Samples.render(reporter, Samples.withFindings(List.of(f), 1));
        String row = md.lines().filter(l -> l.startsWith("| warning")).findFirst().orElseThrow();
        assertEquals("| warning | XYZ001 | src/a\\|b.py:3 | a \\| b<br>c &lt;img src=x&gt; &amp; \\*y\\* \\`z\\` "
                + "\\[l\\](u) |", row);
        assertEquals(6, row.split("(?<!\\\\)\\|", -1).length, "four cells between five bars: " + row);
    }

    @Test
    void knownRulesLinkToTheirPage() {
        Finding f = Samples.finding("NAM001", Severity.ERROR, "src/jobs.py", 12, "DataJob");
        String md = Samples.render(reporter, Samples.withFindings(List.of(f), 1));
        assertTrue(md.contains("| error | [NAM001](https://github.com/loclint/loclint/blob/main/docs/rules/NAM001.md)"
                + " | src/jobs.py:12:1 | message for DataJob |\n"), md);
        assertTrue(md.contains("Found 1 problem in 1 file: **1** error, **0** warnings, **0** notes.\n"), md);
    }

    @Test
    void tableIsCappedWithACountOfTheRest() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= MarkdownReporter.MAX_ROWS + 7; i++) {
            findings.add(Samples.finding("NAM001", Severity.ERROR, "src/jobs.py", i, "Job" + i));
        }
        String md = Samples.render(reporter, Samples.withFindings(findings, 1));
        assertEquals(MarkdownReporter.MAX_ROWS, md.lines().filter(l -> l.startsWith("| error |")).count());
        assertTrue(md.endsWith("\n… and 7 more.\n"), md);
        assertTrue(md.contains("| src/jobs.py:200:1 |") && !md.contains("| src/jobs.py:201:1 |"));
    }
}

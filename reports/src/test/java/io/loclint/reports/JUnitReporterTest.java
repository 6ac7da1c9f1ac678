package io.loclint.reports;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.Severity;
import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JUnitReporterTest {

    private final JUnitReporter reporter = new JUnitReporter();

    @Test
    void representativeRunMatchesTheGoldenFile() {
        Golden.assertMatches("representative.junit.xml", Samples.render(reporter, Samples.representative()));
    }

    @Test
    void oneSuitePerRuleOneCasePerRuleAndFileOneFailurePerFindingAndCountsAddUp() {
        List<Finding> findings = List.of(
                Samples.finding("DEF003", Severity.WARNING, "a.py", 1, "op_a"),
                Samples.finding("NAM001", Severity.ERROR, "a.py", 2, "JobA"),
                Samples.finding("NAM001", Severity.ERROR, "a.py", 3, "JobB"),
                Samples.finding("NAM001", Severity.ERROR, "b.py", 1, "JobC"),
                Samples.finding("PAR001", Severity.ERROR, "c.toml", 1, "c.toml")); // not among the sample rules
        Document doc = Xml.parse(Samples.render(reporter, Samples.withFindings(findings, 3)));
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());

        List<Element> suites = Xml.children(root, "testsuite");
        assertEquals(List.of("DEF003 dangling-op", "IMG001 latest-image-tag", "NAM001 job-name-not-snake-case",
                "SEC001 hardcoded-credential", "PAR001"), suites.stream().map(s -> s.getAttribute("name")).toList());
        // tests / failures / <failure> elements per suite
        assertEquals(List.of("1/1/1", "1/0/0", "2/2/3", "1/0/0", "1/1/1"), suites.stream()
                .map(s -> s.getAttribute("tests") + "/" + s.getAttribute("failures") + "/"
                        + s.getElementsByTagName("failure").getLength()).toList());
        for (Element suite : suites) {
            List<Element> cases = Xml.children(suite, "testcase");
            assertEquals(Integer.parseInt(suite.getAttribute("tests")), cases.size());
            assertEquals(Integer.parseInt(suite.getAttribute("failures")),
                    cases.stream().filter(c -> !Xml.children(c, "failure").isEmpty()).count());
        }
        Element nam001 = suites.get(2);
        assertEquals(List.of("a.py", "b.py"),
                Xml.children(nam001, "testcase").stream().map(c -> c.getAttribute("name")).toList());
        assertEquals("loclint.NAM001", Xml.children(nam001, "testcase").get(0).getAttribute("classname"));
        Element clean = Xml.children(suites.get(1), "testcase").get(0);
        assertEquals(JUnitReporter.CLEAN_CASE, clean.getAttribute("name"));
        assertEquals(0, clean.getChildNodes().getLength());

        assertEquals("6", root.getAttribute("tests"));
        assertEquals("4", root.getAttribute("failures"));
        assertEquals("0", root.getAttribute("errors"));
        assertEquals(5, doc.getElementsByTagName("failure").getLength());
    }

    @Test
    void representativeRunCounts() {
        Element root = Xml.parse(Samples.render(reporter, Samples.representative())).getDocumentElement();
        assertEquals("4", root.getAttribute("tests"));
        assertEquals("4", root.getAttribute("failures"));
        assertEquals(5, root.getElementsByTagName("failure").getLength());
    }

    @Test
    void messagesAreEscapedAndTheBodyKeepsLineBreaks() {
        Finding f = new Finding("NAM001", Severity.WARNING, "bad <name> & \"quote\" 5%\nsecond line | \u0007",
                "src/a&b.py", new Span(4, 2, 4, 9), "x", "use <snake_case>");
        Document doc = Xml.parse(Samples.render(reporter, Samples.withFindings(List.of(f), 1)));
        Element failure = Xml.elements(doc, "failure").get(0);
        assertEquals("bad <name> & \"quote\" 5% second line | \uFFFD", failure.getAttribute("message"));
        assertEquals("warning", failure.getAttribute("type"));
        assertEquals("src/a&b.py:4:2: warning NAM001 bad <name> & \"quote\" 5%\nsecond line | \uFFFD\n"
                + "hint: use <snake_case>", failure.getTextContent());
        assertEquals("src/a&b.py", ((Element) failure.getParentNode()).getAttribute("name"));
    }
}

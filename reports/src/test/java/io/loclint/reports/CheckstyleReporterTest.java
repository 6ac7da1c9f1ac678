package io.loclint.reports;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.Severity;
import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckstyleReporterTest {

    private final CheckstyleReporter reporter = new CheckstyleReporter();

    @Test
    void representativeRunMatchesTheGoldenFile() {
        Golden.assertMatches("representative.checkstyle.xml", Samples.render(reporter, Samples.representative()));
    }

    @Test
    void representativeRunIsWellFormedWithOneErrorPerFindingGroupedByFile() {
        Document doc = Xml.parse(Samples.render(reporter, Samples.representative()));
        Element root = doc.getDocumentElement();
        assertEquals("checkstyle", root.getTagName());
        assertEquals("4.3", root.getAttribute("version"));
        List<Element> files = Xml.children(root, "file");
        assertEquals(List.of("charts/values prod.yaml", "src/wetter_ü/jobs.py"),
                files.stream().map(f -> f.getAttribute("name")).toList());
        assertEquals(1, Xml.children(files.get(0), "error").size());
        List<Element> errors = Xml.children(files.get(1), "error");
        assertEquals(List.of("loclint.NAM001", "loclint.DEF003", "loclint.SEC001", "loclint.SEC001"),
                errors.stream().map(e -> e.getAttribute("source")).toList());
        Element def003 = errors.get(1);
        assertEquals("30", def003.getAttribute("line"));
        assertEquals("1", def003.getAttribute("column"));
        assertEquals("warning", def003.getAttribute("severity"));
        assertEquals("op 'clean_op' is defined but no job or graph uses it", def003.getAttribute("message"));
    }

    @Test
    void specialCharactersAreEscapedAndControlCharactersReplaced() {
        Finding f = new Finding("NAM001", Severity.NOTE, "a <b> & \"c\" 'd' 100%\nnext | \u0001 end",
                "src/<odd> & \"name\".py", new Span(0, 0, 0, 0), "x", null);
        String xml = Samples.render(reporter, Samples.withFindings(List.of(f), 1));
        assertFalse(xml.contains("\u0001"), xml);
        Element error = Xml.elements(Xml.parse(xml), "error").get(0);
        assertEquals("a <b> & \"c\" 'd' 100% next | \uFFFD end", error.getAttribute("message"));
        assertEquals("src/<odd> & \"name\".py", ((Element) error.getParentNode()).getAttribute("name"));
        assertEquals("info", error.getAttribute("severity"));
        assertFalse(error.hasAttribute("line"), "unknown line is left out");
        assertFalse(error.hasAttribute("column"));
    }

    @Test
    void emptyRunIsAnEmptyCheckstyleElement() {
        String xml = Samples.render(reporter, Samples.withFindings(List.of(), 3));
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\"></checkstyle>\n", xml);
        assertTrue(Xml.children(Xml.parse(xml).getDocumentElement(), "file").isEmpty());
    }
}

package io.loclint.engine.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExpectationsTest {
    private static final Set<String> KNOWN = Set.of("NAM001", "NAM002", "DEF003", "SEC001");

    @Test
    void trailingMarkersApplyToTheirLineAndLoneMarkersToTheNext() {
        String text = """
                a = 1  # expect: NAM001
                # expect: DEF003, SEC001
                # expect: NAM002
                def x(): pass
                # expect the worst, this is a plain comment
                """;
        assertEquals(new Expectations.Markers(List.of(
                        new Expectations.Expected("f.py", 1, "NAM001"),
                        new Expectations.Expected("f.py", 4, "DEF003"),
                        new Expectations.Expected("f.py", 4, "SEC001"),
                        new Expectations.Expected("f.py", 4, "NAM002")), List.of()),
                Expectations.markers("f.py", text, KNOWN));
    }

    @Test
    void markersMayCarryAQuotedMessageFragment() {
        String text = """
                @job(name="DataJob")  # expect: NAM001 "DataJob", DEF003 "never, ever used"
                # expect: SEC001 "api_key"
                API_KEY = "x"
                """;
        assertEquals(new Expectations.Markers(List.of(
                        new Expectations.Expected("f.py", 1, "NAM001", "DataJob"),
                        new Expectations.Expected("f.py", 1, "DEF003", "never, ever used"),
                        new Expectations.Expected("f.py", 3, "SEC001", "api_key")), List.of()),
                Expectations.markers("f.py", text, KNOWN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"# expect: DEF03", "#expect DEF001", "# expect NAM001", "# Expect: NAM001",
            "# expect: nam001", "# expect:", "# expect: NAM001 DataJob", "# expect: NAM001 \"\"",
            "# expect: NAM001 'DataJob'", "# expect: NAM001,", "# expect: NAM001; NAM002", "#  EXPECT : NAM001"})
    void aLineThatLooksLikeAMarkerButIsNoneIsAProblem(String marker) {
        Expectations.Markers read = Expectations.markers("f.py", "x = 1  " + marker + "\n", KNOWN);
        assertEquals(List.of(), read.expected());
        assertEquals(List.of("f.py:1: malformed marker '" + marker.substring(marker.indexOf('#')) + "' (write # expect:"
                + " CODE or # expect: CODE \"message fragment\", comma-separated)"), read.problems());
    }

    @Test
    void aWellFormedMarkerNamingNoRegisteredRuleIsAProblem() {
        Expectations.Markers read = Expectations.markers("f.py", "x = 1  # expect: NAM001, XYZ999\n", KNOWN);
        assertEquals(List.of("f.py:1: marker names XYZ999, which is no registered rule's code"), read.problems());
    }
}

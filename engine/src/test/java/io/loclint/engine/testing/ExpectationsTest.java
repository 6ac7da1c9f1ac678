package io.loclint.engine.testing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExpectationsTest {
    @Test
    void trailingMarkersApplyToTheirLineAndLoneMarkersToTheNext() {
        String text = """
                a = 1  # expect: NAM001
                # expect: DEF003, SEC001
                # expect: NAM002
                def x(): pass
                b = "# expect: not a code"
                """;
        assertEquals(List.of(
                        new Expectations.Expected("f.py", 1, "NAM001"),
                        new Expectations.Expected("f.py", 4, "DEF003"),
                        new Expectations.Expected("f.py", 4, "SEC001"),
                        new Expectations.Expected("f.py", 4, "NAM002")),
                Expectations.markers("f.py", text));
    }
}

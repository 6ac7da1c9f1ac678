package io.loclint.reports;

import com.networknt.schema.Error;
import io.loclint.engine.result.BaselineResult;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifBaselineStateTest {
    private final SarifReporter reporter = new SarifReporter();

    /** The representative run with its first two findings in the baseline and one baseline entry gone. */
    private static RunResult baselined() {
        RunResult plain = Samples.representative();
        List<Finding> all = plain.findings();
        List<Finding> unchanged = List.of(all.get(0), all.get(1));
        List<Finding> fresh = new ArrayList<>(all.subList(2, all.size()));
        Finding absent = new Finding("DEF003", Severity.WARNING, "baseline entry for DEF003 no longer found",
                "src/old.py", null, null, null);
        return plain.withBaseline(fresh, new BaselineResult(unchanged, List.of(absent)));
    }

    @Test
    void everyResultCarriesItsBaselineStateAndTheRunValidates() {
        String sarif = Samples.render(reporter, baselined());
        List<Error> errors = SarifSchema.validate(sarif);
        assertTrue(errors.isEmpty(), () -> "schema errors: " + errors);
        assertEquals(List.of("unchanged", "unchanged", "new", "new", "new", "absent"),
                all(sarif, "\"baselineState\": \"([a-z]+)\""));
        assertEquals(List.of("IMG001", "NAM001", "DEF003", "SEC001", "SEC001", "DEF003"),
                all(sarif, "\"ruleId\": \"([A-Z]+[0-9]+)\""));
    }

    @Test
    void fingerprintsAreTheSameWithOrWithoutABaseline() {
        String plain = Samples.render(reporter, Samples.representative());
        String baselined = Samples.render(reporter, baselined());
        assertEquals(all(plain, "\"loclint/v1\": \"([0-9a-f]+:[0-9]+)\""),
                all(baselined, "\"loclint/v1\": \"([0-9a-f]+:[0-9]+)\""));
    }

    @Test
    void noBaselineStateWithoutABaseline() {
        assertFalse(Samples.render(reporter, Samples.representative()).contains("baselineState"));
    }

    private static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}

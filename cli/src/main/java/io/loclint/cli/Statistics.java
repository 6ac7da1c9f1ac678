package io.loclint.cli;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RuleMeta;
import io.loclint.engine.result.RunResult;
import io.loclint.reports.Reporter;
import io.loclint.rules.Registry;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code check --statistics} prints in place of the text report, as Ruff's {@code --statistics}: one line per
 * rule with findings, {@code COUNT CODE NAME}, most findings first (then by code); nothing when there are none.
 */
final class Statistics implements Reporter {
    @Override
    public String name() {
        return "statistics";
    }

    @Override
    public void write(RunResult result, OutputStream out) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding finding : result.findings()) {
            counts.merge(finding.code(), 1, Integer::sum);
        }
        int width = String.valueOf(counts.values().stream().mapToInt(Integer::intValue).max().orElse(0)).length();
        StringBuilder text = new StringBuilder();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> text.append(String.format("%" + width + "d  %-7s %s%n", e.getValue(), e.getKey(),
                        name(e.getKey()))));
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String name(String code) {
        return Registry.metas().stream().filter(m -> m.code().equals(code)).map(RuleMeta::name).findFirst()
                .orElse("");
    }
}

package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.rule.Rule;
import io.loclint.engine.testing.FixtureAssert;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry against the project's own catalog, both ways: the README's rule table and the pages under
 * {@code docs/rules/}. The codes are a contract with users, so a rule without a row or page fails, and so does a
 * row or page without a rule.
 */
class RegistryContractTest {
    private static final Pattern README_ROW = Pattern.compile(
            "^\\| \\[([A-Z]{3}[0-9]{3})\\]\\(docs/rules/\\1\\.md\\) \\| (error|warning|note) \\| (.+) \\|$", Pattern.MULTILINE);

    private static Path root() {
        return FixtureAssert.testdata().getParent();
    }

    /** The README's rule table: code to "severity | summary", in the table's order. */
    static Map<String, String> readmeTable() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher m = README_ROW.matcher(Files.readString(root().resolve("README.md")));
        while (m.find()) {
            assertNull(rows.put(m.group(1), m.group(2) + " | " + m.group(3)), "README's rule table lists " + m.group(1) + " twice");
        }
        return rows;
    }

    /** The codes that have a page under docs/rules/. */
    static Set<String> pages() throws IOException {
        try (Stream<Path> list = Files.list(root().resolve("docs/rules"))) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void theReadmeTableListsExactlyTheRegisteredRules() throws IOException {
        Map<String, String> table = readmeTable();
        Map<String, String> registered = new LinkedHashMap<>();
        Registry.rules().forEach(r -> registered.put(r.info().code(), r.info().severity().label() + " | " + r.info().summary()));
        assertEquals(registered, table, "README's rule table (code, severity, summary) against the registry");
        assertEquals(List.copyOf(registered.keySet()), List.copyOf(table.keySet()), "README's rule table is sorted by code");
    }

    @Test
    void everyPageIsARegisteredRuleAndEveryRuleHasAPage() throws IOException {
        Set<String> registered = Registry.rules().stream().map(r -> r.info().code())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(registered, pages(), "docs/rules/*.md against the registry");
    }

    @Test
    void codesAndNamesAreUniqueAndSorted() {
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        List<String> order = new ArrayList<>();
        for (Rule rule : Registry.rules()) {
            assertTrue(codes.add(rule.info().code()), "duplicate code " + rule.info().code());
            assertTrue(names.add(rule.info().name()), "duplicate name " + rule.info().name());
            assertTrue(rule.info().name().matches("[a-z]+(-[a-z0-9]+)*"), "kebab-case name " + rule.info().name());
            order.add(rule.info().code());
        }
        assertEquals(order.stream().sorted().toList(), order);
    }

    @Test
    void everyRuleClassIsRegistered() throws IOException, URISyntaxException {
        Path classes = Path.of(JobNameNotSnakeCase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> registered = new HashSet<>();
        Registry.rules().forEach(r -> registered.add(r.getClass().getName()));
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name);
                } catch (ClassNotFoundException e) {
                    continue;
                }
                if (type.isAnnotationPresent(RuleInfo.class)) {
                    assertTrue(registered.contains(name), name + " has @RuleInfo but is not in Registry");
                }
            }
        }
    }

    @Test
    void everyRuleHasAPageWithTheFixedSections() {
        for (Rule rule : Registry.rules()) {
            String page = RuleDocs.page(rule.info().code());
            assertNotNull(page, "docs/rules/" + rule.info().code() + ".md is missing");
            Map<String, String> sections = RuleDocs.sections(page);
            for (String heading : List.of("What it does", "Why it matters", "Example", "Use instead", "Options")) {
                assertTrue(sections.containsKey(heading), rule.info().code() + " page lacks '## " + heading + "'");
                assertFalse(sections.get(heading).isBlank(), rule.info().code() + " page has an empty " + heading);
            }
        }
    }
}

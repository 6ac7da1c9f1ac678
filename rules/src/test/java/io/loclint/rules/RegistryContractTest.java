package io.loclint.rules;

import io.loclint.engine.result.RuleMeta;
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
import java.util.HashMap;
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
 * The registry against the project's own catalog, both ways: the README's rule and option tables and the pages under
 * {@code docs/rules/}. The codes are a contract with users, so a rule without a row or page fails, and so does a
 * row or page without a rule. The rule classes' own metadata (tags, security severity, shared options) is checked
 * for the consistency SARIF consumers and the configuration rely on.
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
        String rows = registered.entrySet().stream()
                .map(e -> "| [" + e.getKey() + "](docs/rules/" + e.getKey() + ".md) | " + e.getValue() + " |")
                .collect(Collectors.joining("\n"));
        assertEquals(registered, table, () -> "README's rule table (code, severity, summary) against the registry;"
                + " its rows should read:\n" + rows);
        assertEquals(List.copyOf(registered.keySet()), List.copyOf(table.keySet()), "README's rule table is sorted by code");
    }

    /** The README's option table as the declarations say it: key, rules, value, default, what. */
    static List<String> optionRows() {
        return Registry.options().stream().map(o -> "| `" + o.key() + "` | "
                + String.join(", ", Registry.codesReading(o)) + " | " + o.expected() + " | `"
                + o.defaultToml().replace("|", "\\|") + "` | " + o.description() + " |").toList();
    }

    @Test
    void theReadmeOptionTableListsExactlyTheDeclaredOptions() throws IOException {
        String readme = Files.readString(root().resolve("README.md"));
        int start = readme.indexOf("\n## Configuration\n");
        assertTrue(start >= 0, "README has no Configuration section");
        int end = readme.indexOf("\n## ", start + 1);
        String section = end < 0 ? readme.substring(start) : readme.substring(start, end);
        List<String> rows = section.lines().filter(l -> l.matches("\\| `[a-z]+(-[a-z]+)*` \\|.*")).toList();
        assertEquals(optionRows(), rows, () -> "README's option table against the options the rules declare; its rows"
                + " should read:\n" + String.join("\n", optionRows()));
    }

    @Test
    void everyRulePageNamesExactlyTheOptionsTheRuleReads() {
        Set<String> allKeys = Registry.options().stream().map(o -> o.key()).collect(Collectors.toSet());
        for (Rule rule : Registry.rules()) {
            String options = RuleDocs.sections(RuleDocs.page(rule.info().code())).get("Options");
            Set<String> declared = rule.options().stream().map(o -> o.key()).collect(Collectors.toCollection(TreeSet::new));
            Set<String> named = new TreeSet<>();
            Matcher key = Pattern.compile("`([a-z]+(?:-[a-z]+)*)`").matcher(options);
            while (key.find()) {
                if (allKeys.contains(key.group(1))) {
                    named.add(key.group(1));
                }
            }
            assertEquals(declared, named, rule.info().code() + " page's Options section against the options it reads");
            if (declared.isEmpty()) {
                assertEquals("None.", options, rule.info().code() + " reads no option");
            }
        }
    }

    @Test
    void aSharedOptionIsOneDeclaration() {
        assertEquals(List.of("SEC001", "SEC002"), Registry.codesReading(Credentials.NAMES));
        assertEquals(List.of("SEC001", "SEC002"), Registry.codesReading(Credentials.ALLOW));
        assertEquals(List.of("VER001", "VER002", "VER003"), Registry.codesReading(Versions.TAG_PATTERN));
        Set<String> keys = new HashSet<>();
        Registry.options().forEach(o -> assertTrue(keys.add(o.key()), "option " + o.key() + " is listed twice"));
    }

    @Test
    void securitySeverityAndPrecisionAreOnTheCredentialAndImageRules() {
        Map<String, String> security = new LinkedHashMap<>();
        for (RuleMeta meta : Registry.metas()) {
            if (meta.securitySeverity() != null || meta.precision() != null) {
                security.put(meta.code(), meta.securitySeverity() + " " + meta.precision());
            }
        }
        assertEquals(Map.of("IMG001", "7.0 very-high", "IMG002", "7.0 high", "IMG003", "5.0 medium",
                "SEC001", "9.0 high", "SEC002", "9.0 high"), security);
    }

    @Test
    void tagsStartWithTheFamilyAndASecuritySeverityComesWithTheSecurityTag() {
        Map<String, String> familyByPrefix = new HashMap<>();
        for (RuleMeta meta : Registry.metas()) {
            List<String> tags = meta.tags();
            assertFalse(tags.isEmpty(), meta.code() + " has no family tag");
            assertEquals(Set.copyOf(tags).size(), tags.size(), meta.code() + " repeats a tag: " + tags);
            tags.forEach(t -> assertTrue(t.matches("[a-z]+(-[a-z]+)*"), meta.code() + " tag '" + t + "' is not kebab-case"));
            String family = familyByPrefix.putIfAbsent(meta.code().substring(0, 3), tags.get(0));
            assertTrue(family == null || family.equals(tags.get(0)),
                    meta.code() + " is in family " + tags.get(0) + ", its prefix's other rules in " + family);
            assertEquals(meta.securitySeverity() == null, meta.precision() == null,
                    meta.code() + " needs both a security severity and a precision, or neither");
            if (meta.securitySeverity() != null) {
                assertTrue(meta.securitySeverity().matches("(10|[0-9])\\.[0-9]"),
                        meta.code() + " security severity " + meta.securitySeverity() + " is not a score from 0.0 to 10.0");
                assertTrue(Set.of("very-high", "high", "medium", "low").contains(meta.precision()),
                        meta.code() + " precision " + meta.precision());
                assertTrue(tags.contains("security"), meta.code() + " has a security severity but no security tag");
            }
        }
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
                    assertTrue(registered.contains(name), name + " has @RuleInfo but is not registered (the registry"
                            + " looks only at top-level classes of " + Registry.class.getPackageName() + ")");
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

    /** A page's title and first line repeat the rule's code, name, severity and guide section. */
    @Test
    void everyPageHeaderAgreesWithTheRuleClass() {
        for (Rule rule : Registry.rules()) {
            RuleInfo info = rule.info();
            List<String> lines = RuleDocs.page(info.code()).lines().limit(3).toList();
            assertEquals("# " + info.code() + " " + info.name(), lines.get(0), info.code() + " page title");
            assertTrue(lines.get(2).startsWith("Severity: " + info.severity().label() + " · Guide: " + info.guide() + " ")
                    || lines.get(2).equals("Severity: " + info.severity().label() + " · Guide: " + info.guide()),
                    info.code() + " page says '" + lines.get(2) + "', the rule " + info.severity().label() + " and guide "
                            + info.guide());
        }
    }
}

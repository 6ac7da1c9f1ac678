package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.rule.Rule;
import io.loclint.engine.testing.Expectations;
import io.loclint.engine.testing.FixtureAssert;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry against the catalog, ../shared/RULES.md: the codes are a contract with users. */
class RegistryContractTest {
    private static final Pattern CATALOG_ROW = Pattern.compile("^\\| ([A-Z]{3}[0-9]{3}) \\| (error|warning|note) \\|",
            Pattern.MULTILINE);

    static Map<String, Severity> catalog() throws IOException {
        String shared = System.getProperty("loclint.shared.dir", "../../shared");
        String text = Files.readString(Path.of(shared, "RULES.md"));
        Map<String, Severity> codes = new HashMap<>();
        Matcher m = CATALOG_ROW.matcher(text);
        while (m.find()) {
            codes.put(m.group(1), Severity.parse(m.group(2)));
        }
        assertTrue(codes.size() > 20, "catalog rows not found in RULES.md");
        // the suppression paragraph names SUP001 with its severity in prose, not in a table row
        Matcher sup = Pattern.compile("`(SUP[0-9]{3})` \\((error|warning|note)\\)").matcher(text);
        while (sup.find()) {
            codes.put(sup.group(1), Severity.parse(sup.group(2)));
        }
        return codes;
    }

    @Test
    void codesAndSeveritiesMatchTheCatalog() throws IOException {
        Map<String, Severity> catalog = catalog();
        for (Rule rule : Registry.rules()) {
            RuleInfo info = rule.info();
            assertTrue(catalog.containsKey(info.code()), info.code() + " is not in RULES.md");
            assertEquals(catalog.get(info.code()), info.severity(), "severity of " + info.code());
        }
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

    @Test
    void theReadmeListsEveryRule() throws IOException {
        Path readme = FixtureAssert.testdata().getParent().resolve("README.md");
        String text = Files.readString(readme);
        for (Rule rule : Registry.rules()) {
            String code = rule.info().code();
            assertTrue(text.contains("| [" + code + "](docs/rules/" + code + ".md) | " + rule.info().severity().label()
                    + " |"), "README's rule table lacks " + code);
        }
    }

    @Test
    void everyFixtureMarkerNamesACatalogCode() throws IOException {
        Set<String> catalog = catalog().keySet();
        for (Expectations.Expected e : Expectations.read(FixtureAssert.testdata())) {
            assertTrue(catalog.contains(e.code()), "marker " + e + " names no catalog code");
        }
    }
}

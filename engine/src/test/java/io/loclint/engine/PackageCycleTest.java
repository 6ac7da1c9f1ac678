package io.loclint.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine's packages depend on each other one way only (a cycle makes a package impossible to understand, test
 * or move on its own): an import of an engine class, or its fully qualified name anywhere in a source (a doc link
 * too: a reader follows it), is an edge.
 */
class PackageCycleTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    /** {@code io.loclint.engine[.lower...].Upper}: the package is everything before the first capitalised part. */
    private static final Pattern REFERENCE = Pattern.compile("\\bio\\.loclint\\.engine((?:\\.[a-z]\\w*)*)\\.[A-Z]");

    @Test
    void theEnginesPackagesFormNoCycle() throws IOException {
        Map<String, Set<String>> graph = packageGraph(SOURCES.resolve("io/loclint/engine"));
        assertTrue(graph.keySet().containsAll(Set.of("io.loclint.engine", "io.loclint.engine.model",
                "io.loclint.engine.model.images", "io.loclint.engine.result", "io.loclint.engine.files")),
                graph.keySet().toString());
        assertTrue(graph.get("io.loclint.engine.model").contains("io.loclint.engine.model.images"), graph.toString());
        assertEquals(List.of(), cycles(graph));
    }

    @Test
    void aCycleIsFound() {
        Map<String, Set<String>> graph = new TreeMap<>(Map.of(
                "a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a", "d")));
        assertEquals(List.of(Set.of("a", "b", "c")), cycles(graph));
    }

    private static Map<String, Set<String>> packageGraph(Path root) throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(file);
                Matcher declared = PACKAGE.matcher(text);
                if (!declared.find()) {
                    continue;
                }
                String from = declared.group(1);
                Set<String> edges = graph.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(text);
                while (reference.find()) {
                    String to = "io.loclint.engine" + reference.group(1);
                    if (!to.equals(from)) {
                        edges.add(to);
                    }
                }
            }
        }
        return graph;
    }

    /** The strongly connected components with more than one package (Tarjan). */
    private static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        return new Object() {
            final Map<String, Integer> index = new TreeMap<>();
            final Map<String, Integer> low = new TreeMap<>();
            final List<String> stack = new ArrayList<>();
            final List<Set<String>> found = new ArrayList<>();

            List<Set<String>> run() {
                graph.keySet().forEach(p -> {
                    if (!index.containsKey(p)) {
                        visit(p);
                    }
                });
                return found;
            }

            void visit(String p) {
                index.put(p, index.size());
                low.put(p, index.get(p));
                stack.add(p);
                for (String q : graph.getOrDefault(p, Set.of())) {
                    if (!index.containsKey(q)) {
                        visit(q);
                        low.put(p, Math.min(low.get(p), low.get(q)));
                    } else if (stack.contains(q)) {
                        low.put(p, Math.min(low.get(p), index.get(q)));
                    }
                }
                if (low.get(p).equals(index.get(p))) {
                    Set<String> component = new TreeSet<>();
                    String q;
                    do {
                        q = stack.remove(stack.size() - 1);
                        component.add(q);
                    } while (!q.equals(p));
                    if (component.size() > 1) {
                        found.add(component);
                    }
                }
            }
        }.run();
    }
}

package io.loclint.engine.config;

import io.loclint.engine.result.Severity;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The project's loclint configuration: which rules run, at what severity, where they are ignored, and their options.
 *
 * @param source   the file it came from, or null for the defaults
 * @param select   code prefixes to run ({@code ALL}, {@code DEF}, {@code NAM001}); empty means all
 * @param ignore   code prefixes not to run, applied after select
 * @param failOn   error, warning, note or never; null when not configured
 */
public record LoclintConfig(Path source, List<String> select, List<String> ignore, Map<String, Severity> severity,
                            List<PerFileIgnore> perFileIgnores, String failOn, RuleOptions options,
                            long maxFileBytes) {

    /** Files larger than this are skipped with a note: memory stays bounded whatever a repository holds. */
    public static final long DEFAULT_MAX_FILE_BYTES = 5L * 1024 * 1024;

    /** Findings of {@code codes} (prefixes) are dropped in files matching {@code glob} (relative to the config file). */
    public record PerFileIgnore(String glob, Set<String> codes, Glob matcher) {
        /** @throws IllegalArgumentException when the glob is malformed */
        public PerFileIgnore(String glob, Set<String> codes) {
            this(glob, codes, Glob.compile(glob));
        }

        public boolean matches(String relativePath, String code) {
            if (codes.stream().noneMatch(c -> matchesPrefix(code, c))) {
                return false;
            }
            String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
            return matcher.matches(relativePath) || (!glob.contains("/") && matcher.matches(name));
        }
    }

    public static LoclintConfig defaults() {
        return new LoclintConfig(null, List.of(), List.of(), Map.of(), List.of(), null, RuleOptions.defaults(),
                DEFAULT_MAX_FILE_BYTES);
    }

    /** This configuration with another selection: what {@code --select}, {@code --ignore} and the like make of it. */
    public LoclintConfig withSelection(List<String> newSelect, List<String> newIgnore) {
        return new LoclintConfig(source, List.copyOf(newSelect), List.copyOf(newIgnore), severity, perFileIgnores,
                failOn, options, maxFileBytes);
    }

    /**
     * Throws unless every select and ignore entry names at least one of {@code codes}: a mistyped code would
     * otherwise select nothing, and the run would pass as "No problems found".
     */
    public void requireKnownCodes(Collection<String> codes) {
        String prefix = source != null && source.getFileName().toString().equals("pyproject.toml")
                ? "tool.loclint." : "";
        requireKnown(select, prefix + "select", codes);
        requireKnown(ignore, prefix + "ignore", codes);
    }

    private void requireKnown(List<String> selectors, String key, Collection<String> codes) {
        for (String selector : selectors) {
            if (!matchesAny(selector, codes)) {
                throw new ConfigException(source + ": " + key + " has '" + selector
                        + "', which is no rule's code or prefix; 'loclint rules' lists them");
            }
        }
    }

    /** Whether {@code selector} ({@code ALL}, a prefix or a code, in any case) names one of {@code codes}. */
    public static boolean matchesAny(String selector, Collection<String> codes) {
        return codes.stream().anyMatch(code -> matchesPrefix(code, selector));
    }

    public boolean enabled(String code) {
        boolean selected = select.isEmpty() || select.stream().anyMatch(s -> matchesPrefix(code, s));
        return selected && ignore.stream().noneMatch(s -> matchesPrefix(code, s));
    }

    public Severity severityOf(String code, Severity defaultSeverity) {
        return severity.getOrDefault(code, defaultSeverity);
    }

    static boolean matchesPrefix(String code, String selector) {
        String s = selector.toUpperCase(Locale.ROOT);
        return s.equals("ALL") || code.startsWith(s);
    }
}

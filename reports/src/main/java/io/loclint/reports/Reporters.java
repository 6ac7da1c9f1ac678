package io.loclint.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The explicit table of output formats. Add a format here with one line. */
public final class Reporters {

    private static final Map<String, Supplier<Reporter>> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put(TextReporter.NAME, TextReporter::new);
        FORMATS.put(JsonReporter.NAME, JsonReporter::new);
        FORMATS.put(SarifReporter.NAME, SarifReporter::new);
        FORMATS.put(CheckstyleReporter.NAME, CheckstyleReporter::new);
        FORMATS.put(JUnitReporter.NAME, JUnitReporter::new);
        FORMATS.put(GithubReporter.NAME, GithubReporter::new);
        FORMATS.put(MarkdownReporter.NAME, MarkdownReporter::new);
    }

    private Reporters() {
    }

    /** The valid format names, in the order they are documented. */
    public static List<String> names() {
        return List.copyOf(FORMATS.keySet());
    }

    /**
     * The reporter for a format name (case-insensitive, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException for an unknown name; the message lists the valid names
     */
    public static Reporter forFormat(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        Supplier<Reporter> supplier = FORMATS.get(key);
        if (supplier == null) {
            throw new IllegalArgumentException(
                    "unknown output format '" + name + "'; valid formats: " + String.join(", ", names()));
        }
        return supplier.get();
    }
}

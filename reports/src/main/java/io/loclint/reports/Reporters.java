package io.loclint.reports;

import io.loclint.engine.result.RunResult;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /** The formats whose paths are opened from the working folder: by a person, an editor, a CI annotation. */
    private static final Set<String> SHOWN_FROM_WORKING_FOLDER = Set.of(TextReporter.NAME, CheckstyleReporter.NAME,
            JUnitReporter.NAME, GithubReporter.NAME, MarkdownReporter.NAME);

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

    /**
     * {@code reporter} writing every run with its paths shown by {@code paths} ({@link PathDisplay}) when its format
     * is one people, editors and CI annotations read; a SARIF or JSON reporter as it is (their paths stay
     * root-relative, as documented).
     */
    public static Reporter withPathsShown(Reporter reporter, PathDisplay paths) {
        if (!SHOWN_FROM_WORKING_FOLDER.contains(reporter.name())) {
            return reporter;
        }
        return new Reporter() {
            @Override
            public String name() {
                return reporter.name();
            }

            @Override
            public void write(RunResult result, OutputStream out) throws IOException {
                reporter.write(paths.apply(result), out);
            }
        };
    }
}

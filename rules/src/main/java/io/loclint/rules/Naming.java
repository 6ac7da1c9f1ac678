package io.loclint.rules;

import java.util.Locale;
import com.google.re2j.Pattern;

/** The one snake_case check NAM001–NAM004 share. */
public final class Naming {
    private static final Pattern SNAKE_CASE = Pattern.compile("^[a-z][a-z0-9]*(_[a-z0-9]+)*$");
    // RE2/J, as every pattern over checked names: java.util.regex took the square of a long capital run's length
    private static final Pattern ACRONYM_END = Pattern.compile("([A-Z]+)([A-Z][a-z])");
    private static final Pattern HUMP = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern SEPARATORS = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern UNDERSCORES = Pattern.compile("_+");
    private static final Pattern EDGE_UNDERSCORE = Pattern.compile("^_|_$");

    private Naming() {
    }

    public static boolean isSnakeCase(String name) {
        return SNAKE_CASE.matcher(name).matches();
    }

    /** A snake_case suggestion: {@code DataJob} → {@code data_job}, {@code fetch-data} → {@code fetch_data}. */
    public static String toSnakeCase(String name) {
        String spaced = SEPARATORS.matcher(HUMP.matcher(ACRONYM_END.matcher(name).replaceAll("$1_$2"))
                .replaceAll("$1_$2")).replaceAll("_");
        String snake = EDGE_UNDERSCORE.matcher(UNDERSCORES.matcher(spaced.toLowerCase(Locale.ROOT)).replaceAll("_"))
                .replaceAll("");
        if (snake.isEmpty()) {
            return "unnamed";
        }
        return Character.isDigit(snake.charAt(0)) ? "n_" + snake : snake;
    }
}

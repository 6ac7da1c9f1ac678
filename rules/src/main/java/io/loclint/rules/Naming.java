package io.loclint.rules;

import java.util.Locale;
import com.google.re2j.Pattern;

/** The one snake_case check NAM001–NAM004 share. */
public final class Naming {
    private static final Pattern SNAKE_CASE = Pattern.compile("^[a-z][a-z0-9]*(_[a-z0-9]+)*$");

    private Naming() {
    }

    public static boolean isSnakeCase(String name) {
        return SNAKE_CASE.matcher(name).matches();
    }

    /** A snake_case suggestion: {@code DataJob} → {@code data_job}, {@code fetch-data} → {@code fetch_data}. */
    public static String toSnakeCase(String name) {
        String spaced = name
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replaceAll("[^A-Za-z0-9]+", "_");
        String snake = spaced.toLowerCase(Locale.ROOT).replaceAll("_+", "_").replaceAll("^_|_$", "");
        if (snake.isEmpty()) {
            return "unnamed";
        }
        return Character.isDigit(snake.charAt(0)) ? "n_" + snake : snake;
    }
}

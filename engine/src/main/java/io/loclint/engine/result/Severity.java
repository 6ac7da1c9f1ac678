package io.loclint.engine.result;

import java.util.Locale;

/** Ordered from least to most severe, so {@code compareTo} answers "at or above". */
public enum Severity {
    NOTE, WARNING, ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }

    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}

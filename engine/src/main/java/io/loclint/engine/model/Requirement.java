package io.loclint.engine.model;

import java.util.Locale;

/** PEP 508 requirement strings, just enough to name the distribution and its direct reference. */
public final class Requirement {
    private Requirement() {
    }

    /** The normalised distribution name (PEP 503: lower case, runs of {@code -_.} as {@code -}). */
    public static String distributionName(String requirement) {
        String text = requirement.strip();
        int end = 0;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.') {
                end++;
            } else {
                break;
            }
        }
        return normalise(text.substring(0, end));
    }

    public static String normalise(String distribution) {
        return distribution.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }
}

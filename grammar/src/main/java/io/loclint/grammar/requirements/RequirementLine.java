package io.loclint.grammar.requirements;

import io.loclint.grammar.Span;

/**
 * One line of a pip requirements file, its comment removed.
 *
 * @param option the option as written ({@code -r}, {@code --extra-index-url}), null for a requirement
 * @param value  the requirement ({@code dagster==1.8.13}, {@code pkg @ git+https://...}), the option's argument,
 *               or null for an option without one
 * @param span   the value's span, or the option's when it has none
 */
public record RequirementLine(Kind kind, String option, String value, Span span) {
    public enum Kind {
        /** A requirement specifier, a URL or a path to install. */
        REQUIREMENT,
        /** {@code -r}/{@code --requirement} and {@code -c}/{@code --constraint}: another file read with this one. */
        INCLUDE,
        /** {@code -i}/{@code --index-url} and {@code --extra-index-url}: where packages are downloaded from. */
        INDEX_URL,
        /** Any other option: {@code -e}, {@code --find-links}, {@code --trusted-host} ... */
        OPTION
    }
}

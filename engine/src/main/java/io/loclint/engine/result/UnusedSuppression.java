package io.loclint.engine.result;

/**
 * A code in a suppression comment that suppressed no finding in this run, or a suppression comment that names no
 * code at all: the element SUP001 looks at.
 *
 * @param code null when the comment names no code ({@code # loclint: ignore}, {@code # loclint: ignore[]})
 * @param fix  removes the code, or the whole comment when no code of it is used; null when the comment names no
 *             code, since then only its author knows which code was meant
 */
public record UnusedSuppression(Suppression suppression, String code, Fix fix) {
}

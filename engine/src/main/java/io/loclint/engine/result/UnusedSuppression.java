package io.loclint.engine.result;

/** A code in a suppression comment that suppressed no finding in this run: the element SUP001 looks at. */
public record UnusedSuppression(Suppression suppression, String code) {
}

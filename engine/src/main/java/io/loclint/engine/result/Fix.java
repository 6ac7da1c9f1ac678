package io.loclint.engine.result;

import java.util.List;

/**
 * A change that makes a finding go away and is certainly safe: it changes nothing the checked code does, so
 * {@code check --fix} applies it without asking. A rule offers one only when that holds for every input; a fix that
 * needs a human's judgement is a hint instead.
 *
 * @param description what it does, in a few words ("remove the unused suppression")
 * @param edits       in the finding's file, none overlapping another
 */
public record Fix(String description, List<Edit> edits) {
    public Fix {
        edits = List.copyOf(edits);
    }
}

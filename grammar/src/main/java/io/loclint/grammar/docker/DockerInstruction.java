package io.loclint.grammar.docker;

import io.loclint.grammar.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * One instruction.
 *
 * @param keyword   upper-case: FROM, RUN, ENV ...
 * @param arguments everything after the keyword, continuations joined, leading and trailing blanks removed
 * @param words     the arguments split like a shell would, flags included
 * @param span      from the keyword to the end of the last continued line
 */
public record DockerInstruction(String keyword, String arguments, List<DockerWord> words, Span span,
                                Span keywordSpan) {

    /** {@code --name=value} flags before the first other word. */
    public List<DockerWord> flags() {
        List<DockerWord> flags = new ArrayList<>();
        for (DockerWord word : words) {
            if (!word.value().startsWith("--")) {
                break;
            }
            flags.add(word);
        }
        return flags;
    }

    /** The value of a {@code --name=value} flag, or null. */
    public String flag(String name) {
        for (DockerWord word : flags()) {
            if (word.value().startsWith("--" + name + "=")) {
                return word.value().substring(name.length() + 3);
            }
        }
        return null;
    }

    /** The words after the flags. */
    public List<DockerWord> operands() {
        return words.subList(flags().size(), words.size());
    }
}

package io.loclint.grammar.docker;

import io.loclint.grammar.ParseProblem;

import java.util.List;
import java.util.Map;

/**
 * The syntax facts of a Dockerfile.
 *
 * @param directives parser directives at the top ({@code syntax}, {@code escape}, {@code check}), lower-case keys
 * @param comments   every comment line (a {@code #} mid-line is not a comment in a Dockerfile)
 */
public record DockerFile(List<DockerInstruction> instructions, Map<String, String> directives,
                         List<DockerComment> comments, List<ParseProblem> problems) {

    /** The instructions of one keyword, in order. */
    public List<DockerInstruction> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }
}

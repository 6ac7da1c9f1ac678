package io.loclint.grammar.docker;

import io.loclint.grammar.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * One variable an {@code ARG} declares ({@code ARG NAME} or {@code ARG NAME=default}; BuildKit allows several).
 *
 * @param defaultValue null when none is given
 * @param valueSpan    the default's position, or null
 */
public record ArgInstruction(DockerInstruction instruction, String name, String defaultValue, Span nameSpan,
                             Span valueSpan) {

    public static List<ArgInstruction> of(DockerInstruction instruction) {
        List<ArgInstruction> out = new ArrayList<>();
        for (DockerWord word : instruction.operands()) {
            KeyValue kv = KeyValue.split(word);
            out.add(new ArgInstruction(instruction, kv.key(), kv.value(), kv.keySpan(), kv.valueSpan()));
        }
        return out;
    }
}

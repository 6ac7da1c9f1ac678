package io.loclint.grammar.docker;

import io.loclint.grammar.Span;

import java.util.ArrayList;
import java.util.List;

/** One variable an {@code ENV} sets: {@code ENV K=V K2="v 2"} or the legacy {@code ENV K value with spaces}. */
public record EnvPair(DockerInstruction instruction, String key, String value, Span keySpan, Span valueSpan) {

    public static List<EnvPair> of(DockerInstruction instruction) {
        List<EnvPair> out = new ArrayList<>();
        List<DockerWord> words = instruction.words();
        if (words.isEmpty()) {
            return out;
        }
        if (!words.get(0).raw().contains("=")) {
            DockerWord key = words.get(0);
            if (words.size() == 1) {
                out.add(new EnvPair(instruction, key.value(), "", key.span(), null));
                return out;
            }
            DockerWord first = words.get(1);
            DockerWord last = words.get(words.size() - 1);
            StringBuilder value = new StringBuilder();
            for (int i = 1; i < words.size(); i++) {
                value.append(i > 1 ? " " : "").append(words.get(i).value());
            }
            Span span = new Span(first.span().startLine(), first.span().startColumn(), last.span().endLine(),
                    last.span().endColumn());
            out.add(new EnvPair(instruction, key.value(), value.toString(), key.span(), span));
            return out;
        }
        for (DockerWord word : words) {
            KeyValue kv = KeyValue.split(word);
            out.add(new EnvPair(instruction, kv.key(), kv.value() == null ? "" : kv.value(), kv.keySpan(),
                    kv.valueSpan()));
        }
        return out;
    }
}

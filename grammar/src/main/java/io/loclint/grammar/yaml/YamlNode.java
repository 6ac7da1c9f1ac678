package io.loclint.grammar.yaml;

import io.loclint.grammar.Span;

import java.util.List;

/** A YAML node with its position, independent of SnakeYAML so rules never see parser types. */
public sealed interface YamlNode {
    Span span();

    record Scalar(String value, boolean quoted, String tag, Span span) implements YamlNode {}

    record Sequence(List<YamlNode> items, Span span) implements YamlNode {}

    record Mapping(List<Entry> entries, Span span) implements YamlNode {
        public YamlNode get(String key) {
            for (Entry e : entries) {
                if (e.key() instanceof Scalar s && key.equals(s.value())) {
                    return e.value();
                }
            }
            return null;
        }

        public String getString(String key) {
            return get(key) instanceof Scalar s ? s.value() : null;
        }
    }

    record Entry(YamlNode key, YamlNode value) {
        public String keyText() {
            return key instanceof Scalar s ? s.value() : null;
        }
    }
}

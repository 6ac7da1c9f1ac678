package io.loclint.grammar.toml;

import io.loclint.grammar.Span;

import java.util.List;

/**
 * A string value anywhere in a TOML document, with the exact span of its literal (quotes included).
 *
 * @param key          the keys leading to it, tables and inline tables included, array positions left out:
 *                     {@code [[tool.uv.index]] url = "..."} is {@code [tool, uv, index, url]}
 * @param arrayElement whether the string is an element of an array rather than the value of {@code key}'s last
 *                     part
 */
public record TomlString(List<String> key, String value, Span span, boolean arrayElement) {
    /** The key the string is written under: the last part of {@link #key}, or null at the top of the document. */
    public String name() {
        return key.isEmpty() ? null : key.get(key.size() - 1);
    }
}

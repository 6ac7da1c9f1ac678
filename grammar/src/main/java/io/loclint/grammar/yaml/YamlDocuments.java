package io.loclint.grammar.yaml;

import io.loclint.grammar.ParseProblem;

import java.util.List;

/** All documents of a (multi-document) YAML file; documents before a syntax error are kept. */
public record YamlDocuments(List<YamlNode> documents, List<ParseProblem> problems) {
}

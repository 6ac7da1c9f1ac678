package io.loclint.engine.files;

import io.loclint.grammar.ParseProblem;
import io.loclint.grammar.dotenv.DotenvFile;
import io.loclint.grammar.python.PyFile;
import io.loclint.grammar.requirements.RequirementsFile;
import io.loclint.grammar.toml.TomlDocument;
import io.loclint.grammar.yaml.YamlDocuments;

import java.util.List;

/**
 * A file after its front-end ran: its text (null when it could not be decoded), the syntax facts of its kind, and
 * the problems the front-end met.
 */
public final class ParsedFile {
    private final SourceFile source;
    private final String text;
    private final Object facts;
    private final List<ParseProblem> problems;

    public ParsedFile(SourceFile source, String text, Object facts, List<ParseProblem> problems) {
        this.source = source;
        this.text = text;
        this.facts = facts;
        this.problems = List.copyOf(problems);
    }

    public SourceFile source() {
        return source;
    }

    public String path() {
        return source.path();
    }

    public FileKind kind() {
        return source.kind();
    }

    public String text() {
        return text;
    }

    public List<ParseProblem> problems() {
        return problems;
    }

    public PyFile python() {
        return facts instanceof PyFile f ? f : null;
    }

    public TomlDocument toml() {
        return facts instanceof TomlDocument d ? d : null;
    }

    public YamlDocuments yaml() {
        return facts instanceof YamlDocuments d ? d : null;
    }

    /** The entries of a {@code .env} file, or null for other kinds. */
    public DotenvFile dotenv() {
        return facts instanceof DotenvFile d ? d : null;
    }

    /** The lines of a {@code requirements*.txt}, or null for other kinds. */
    public RequirementsFile requirements() {
        return facts instanceof RequirementsFile r ? r : null;
    }

    public <T> T facts(Class<T> type) {
        return type.isInstance(facts) ? type.cast(facts) : null;
    }
}

package io.loclint.engine.rule;

import io.loclint.engine.config.RuleOption;
import io.loclint.engine.config.RuleOptions;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.Fix;
import io.loclint.engine.result.Severity;
import io.loclint.engine.result.ToolNotification;
import io.loclint.grammar.Span;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What a rule gets during one run besides its elements: its configured options, a way to report findings and a way
 * to say what it could not check.
 */
public final class RuleContext {
    private final Rule rule;
    private final String code;
    private final Severity severity;
    private final Consumer<Finding> sink;
    private final Consumer<ToolNotification> notes;
    private final RuleOptions options;
    private final UnaryOperator<String> shownPath;

    public RuleContext(Rule rule, Severity severity, RuleOptions options, Consumer<Finding> sink,
                       Consumer<ToolNotification> notes) {
        this(rule, severity, options, sink, notes, UnaryOperator.identity());
    }

    /** @param shownPath a path relative to the root as a message shows it ({@link #shown}) */
    public RuleContext(Rule rule, Severity severity, RuleOptions options, Consumer<Finding> sink,
                       Consumer<ToolNotification> notes, UnaryOperator<String> shownPath) {
        this.shownPath = shownPath;
        this.rule = rule;
        this.code = rule.info().code();
        this.severity = severity;
        this.options = options;
        this.sink = sink;
        this.notes = notes;
    }

    /**
     * The configured value of one of the rule's own options (its default when nothing is configured). Reading an
     * option the rule does not declare is a programming error: the starter file, the README and the rule's page
     * would not mention it.
     */
    public <T> T option(RuleOption<T> option) {
        if (!rule.options().contains(option)) {
            throw new IllegalStateException(code + " reads option '" + option.key()
                    + "' but does not declare it in options()");
        }
        return options.get(option);
    }

    /**
     * A file or folder relative to the root ("" for the root itself) as a message names it, so the user can open it
     * from where they stand: by default the root-relative path ("." for the root). Symbols keep the root-relative
     * path, which finding identities are made of.
     */
    public String shown(String path) {
        String shown = shownPath.apply(path);
        return shown == null || shown.isEmpty() ? "." : shown;
    }

    /**
     * @param symbol what the finding is about, stable across edits that move lines (a job name, a values key)
     */
    public void report(String path, Span span, String message, String symbol, String hint) {
        report(path, span, message, symbol, hint, null);
    }

    /** @param fix a certainly safe change that makes the finding go away (see {@link Fix}), or null */
    public void report(String path, Span span, String message, String symbol, String hint, Fix fix) {
        sink.accept(new Finding(code, severity, message, path, span, symbol, hint, fix));
    }

    /**
     * Tells the user, as a note of the run rather than a finding, that the rule left something unchecked and why.
     *
     * @param path the file the note is about, or null
     */
    public void note(String id, String message, String path) {
        notes.accept(new ToolNotification(id, "note", code + ": " + message, path));
    }
}

package io.loclint.engine.rule;

import io.loclint.engine.config.RuleOptions;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.Severity;
import io.loclint.grammar.Span;

import java.util.function.Consumer;

/** What a rule gets during one run besides its elements: its configured options and a way to report findings. */
public final class RuleContext {
    private final RuleInfo info;
    private final Severity severity;
    private final Consumer<Finding> sink;
    private final RuleOptions options;

    public RuleContext(RuleInfo info, Severity severity, RuleOptions options, Consumer<Finding> sink) {
        this.info = info;
        this.severity = severity;
        this.options = options;
        this.sink = sink;
    }

    /** The configured rule options (the defaults when nothing is configured). */
    public RuleOptions options() {
        return options;
    }

    /**
     * @param symbol what the finding is about, stable across edits that move lines (a job name, a values key)
     */
    public void report(String path, Span span, String message, String symbol, String hint) {
        sink.accept(new Finding(info.code(), severity, message, path, span, symbol, hint));
    }

}

package io.loclint.engine;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.ToolNotification;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.RuleMeta;
import io.loclint.engine.result.UnusedSuppression;

import io.loclint.engine.config.LoclintConfig;
import io.loclint.engine.files.ChangedFiles;
import io.loclint.engine.files.Discovery;
import io.loclint.engine.model.ModelBuilder;
import io.loclint.engine.model.ModelElements;
import io.loclint.engine.files.ParsedFile;
import io.loclint.engine.model.Project;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.rule.ProjectRule;
import io.loclint.engine.rule.Rule;
import io.loclint.engine.rule.RuleContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** One run: discover, parse in parallel, build the model, run the rules, sort the findings. */
public final class Linter {
    /** How long one file may take to read and parse before it is skipped with a note. */
    static final long FILE_BUDGET_MILLIS = Long.getLong("loclint.fileBudgetMillis", 10_000);

    private final List<Rule> rules;
    private final List<RuleMeta> metas;
    private final String toolVersion;
    private final LoclintConfig config;
    private final BiConsumer<String, Throwable> ruleFailures;

    public Linter(List<Rule> rules, List<RuleMeta> metas, String toolVersion) {
        this(rules, metas, toolVersion, LoclintConfig.defaults());
    }

    public Linter(List<Rule> rules, List<RuleMeta> metas, String toolVersion, LoclintConfig config) {
        this(rules, metas, toolVersion, config, (code, thrown) -> { });
    }

    private Linter(List<Rule> rules, List<RuleMeta> metas, String toolVersion, LoclintConfig config,
                   BiConsumer<String, Throwable> ruleFailures) {
        this.rules = List.copyOf(rules);
        this.metas = List.copyOf(metas);
        this.toolVersion = toolVersion;
        this.config = config;
        this.ruleFailures = ruleFailures;
    }

    /**
     * This linter, also telling {@code listener} the code of each rule that throws and what it threw (a run notes
     * only the exception's class, in one line). Rules run in parallel: the listener must be thread-safe.
     */
    public Linter reportingRuleFailuresTo(BiConsumer<String, Throwable> listener) {
        return new Linter(rules, metas, toolVersion, config, listener);
    }

    public RunResult run(Path root, List<Path> paths) {
        return run(root, paths, null);
    }

    /**
     * @param changed when not null, only the code locations holding one of these files are analysed (files outside
     *                every location still are); null analyses everything
     */
    public RunResult run(Path root, List<Path> paths, ChangedFiles changed) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        // files are parsed while the walk goes on: on a large tree the walk alone takes a noticeable time
        ParallelParser.Session parsing = new ParallelParser(new FileParser(config.maxFileBytes())::parse,
                FILE_BUDGET_MILLIS).open();
        Discovery.Result discovered;
        try {
            discovered = new Discovery(absoluteRoot, changed).discover(paths, parsing::submit);
        } catch (RuntimeException | Error e) {
            parsing.finish(List.of(), new ArrayList<>());
            throw e;
        }
        List<ToolNotification> notes = new ArrayList<>(discovered.notes());
        List<ParsedFile> parsed = parsing.finish(discovered.files(), notes);
        Project project = ModelBuilder.build(absoluteRoot, parsed, discovered.locationMarkers());
        return check(project, parsed, notes);
    }

    /** Runs the enabled rules over the model and applies suppressions: everything of a run after parsing. */
    private RunResult check(Project project, List<ParsedFile> parsed, List<ToolNotification> notes) {
        Path absoluteRoot = project.root();
        List<Finding> findings = new ArrayList<>();
        boolean successful = true;
        List<Rule> enabled = rules.stream().filter(r -> config.enabled(r.info().code())).toList();
        List<Rule> afterSuppression = new ArrayList<>();
        List<Rule> first = new ArrayList<>();
        for (Rule rule : enabled) {
            boolean needsSuppressions = rule instanceof ElementRule<?> e && e.elementType() == UnusedSuppression.class;
            (needsSuppressions ? afterSuppression : first).add(rule);
        }
        // rules share nothing but the read-only model: run them on all cores, then merge in rule order so the
        // result is the same as one after another
        List<RuleOutcome> outcomes = first.parallelStream().map(rule -> {
            RuleOutcome outcome = new RuleOutcome(new ArrayList<>(), new ArrayList<>());
            RuleContext context = context(rule, outcome.findings(), outcome.notes());
            return outcome.withSuccess(runGuarded(rule, () -> apply(rule, project, context), outcome.notes()));
        }).toList();
        for (RuleOutcome outcome : outcomes) {
            findings.addAll(outcome.findings());
            notes.addAll(outcome.notes());
            successful &= outcome.successful();
        }
        findings.removeIf(f -> perFileIgnored(absoluteRoot, f));
        Set<String> ran = new HashSet<>();
        enabled.forEach(r -> ran.add(r.info().code()));
        Set<String> known = new HashSet<>();
        rules.forEach(r -> known.add(r.info().code()));
        Suppressions.Applied applied = new Suppressions(parsed).apply(findings, ran, known);
        List<Finding> kept = new ArrayList<>(applied.kept());
        for (Rule rule : afterSuppression) {
            @SuppressWarnings("unchecked")
            ElementRule<UnusedSuppression> typed = (ElementRule<UnusedSuppression>) rule;
            RuleContext context = context(rule, kept, notes);
            successful &= runGuarded(rule, () -> applied.unused().forEach(u -> typed.check(u, context)), notes);
        }
        kept.removeIf(f -> perFileIgnored(absoluteRoot, f));
        kept.sort(Finding.ORDER);
        List<Finding> suppressed = new ArrayList<>(applied.suppressed());
        suppressed.sort(Finding.ORDER);
        return new RunResult(absoluteRoot, List.copyOf(kept), metas, List.copyOf(notes), toolVersion, successful,
                parsed.size(), List.copyOf(suppressed));
    }

    /**
     * Parses and checks a small code location held in memory, findings discarded, so that a check started a moment
     * later finds the front-ends, model builder, rules and suppressions loaded and initialised. The command line
     * runs it on a second thread while it reads its arguments, so it goes in the order a check does: parsing first,
     * the rules (only then asked for) last, each rule run as a check runs it. Reads no file, writes nothing, never
     * throws.
     */
    public static void warmUp(Supplier<List<Rule>> rules) {
        try {
            Path root = Path.of("").toAbsolutePath();
            List<ParsedFile> parsed = WarmupLocation.parsed(root);
            Project project = ModelBuilder.build(root, parsed, List.of(WarmupLocation.MARKER));
            new Linter(rules.get(), List.of(), "warm-up").check(project, parsed, new ArrayList<>());
        } catch (RuntimeException | StackOverflowError e) {
            // a warm-up costs time only; the real check reports real problems
        }
    }

    private record RuleOutcome(List<Finding> findings, List<ToolNotification> notes, boolean successful) {
        RuleOutcome(List<Finding> findings, List<ToolNotification> notes) {
            this(findings, notes, true);
        }

        RuleOutcome withSuccess(boolean ok) {
            return new RuleOutcome(findings, notes, ok);
        }
    }

    private RuleContext context(Rule rule, List<Finding> sink, List<ToolNotification> notes) {
        return new RuleContext(rule, config.severityOf(rule.info().code(), rule.info().severity()),
                config.options(), sink::add, notes::add);
    }

    /** A rule that throws costs its own findings, not the run: false, with a note, when it threw. */
    private boolean runGuarded(Rule rule, Runnable check, List<ToolNotification> notes) {
        try {
            check.run();
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            notes.add(new ToolNotification("rule-failed", "error",
                    "rule " + rule.info().code() + " failed: " + e.getClass().getSimpleName(), null));
            ruleFailures.accept(rule.info().code(), e);
            return false;
        }
    }

    /** per-file-ignores globs are relative to the folder of the configuration file. */
    private boolean perFileIgnored(Path root, Finding finding) {
        if (config.perFileIgnores().isEmpty()) {
            return false;
        }
        Path base = config.source() == null ? root : config.source().toAbsolutePath().getParent();
        Path absolute = root.resolve(finding.path()).normalize();
        String relative = absolute.startsWith(base) ? base.relativize(absolute).toString().replace('\\', '/')
                : finding.path();
        return config.perFileIgnores().stream().anyMatch(p -> p.matches(relative, finding.code()));
    }

    @SuppressWarnings("unchecked")
    private static void apply(Rule rule, Project project, RuleContext context) {
        if (rule instanceof ProjectRule projectRule) {
            project.locations().forEach(location -> projectRule.check(location, context));
        } else if (rule instanceof ElementRule<?> elementRule) {
            ElementRule<Object> typed = (ElementRule<Object>) elementRule;
            for (Object element : ModelElements.of(project, typed.elementType())) {
                typed.check(element, context);
            }
        }
    }

}

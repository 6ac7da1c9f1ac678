package io.loclint.engine;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.ToolNotification;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.RuleMeta;
import io.loclint.engine.result.UnusedSuppression;

import io.loclint.engine.config.Configurations;
import io.loclint.engine.config.LoclintConfig;
import io.loclint.engine.result.Severity;
import io.loclint.engine.files.ChangedFiles;
import io.loclint.engine.files.Discovery;
import io.loclint.engine.model.ModelBuilder;
import io.loclint.engine.model.ModelElements;
import io.loclint.engine.files.ParsedFile;
import io.loclint.engine.model.Project;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.result.MessageRedaction;
import io.loclint.engine.rule.ProjectRule;
import io.loclint.engine.rule.Rule;
import io.loclint.engine.rule.RuleContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** One run: discover, parse in parallel, build the model, run the rules, sort the findings. */
public final class Linter {
    /** How long one file may take to read and parse before it is skipped with a note. */
    static final long FILE_BUDGET_MILLIS = Long.getLong("loclint.fileBudgetMillis", 10_000);
    private static final MessageRedaction REDACTION = MessageRedaction.installed();

    private final List<Rule> rules;
    private final List<RuleMeta> metas;
    private final String toolVersion;
    private final Configurations configs;
    private final BiConsumer<String, Throwable> ruleFailures;
    private final UnaryOperator<String> shownPath;
    private final LiveFiles live;

    public Linter(List<Rule> rules, List<RuleMeta> metas, String toolVersion) {
        this(rules, metas, toolVersion, LoclintConfig.defaults());
    }

    /** A linter with one configuration for every file. */
    public Linter(List<Rule> rules, List<RuleMeta> metas, String toolVersion, LoclintConfig config) {
        this(rules, metas, toolVersion, Configurations.of(config));
    }

    public Linter(List<Rule> rules, List<RuleMeta> metas, String toolVersion, Configurations configs) {
        this(rules, metas, toolVersion, configs, (code, thrown) -> { }, UnaryOperator.identity(), null);
    }

    private Linter(List<Rule> rules, List<RuleMeta> metas, String toolVersion, Configurations configs,
                   BiConsumer<String, Throwable> ruleFailures, UnaryOperator<String> shownPath, LiveFiles live) {
        this.shownPath = shownPath;
        this.rules = List.copyOf(rules);
        this.metas = List.copyOf(metas);
        this.toolVersion = toolVersion;
        this.configs = configs;
        this.ruleFailures = ruleFailures;
        this.live = live;
    }

    /**
     * This linter, also telling {@code listener} the code of each rule that throws and what it threw (a run notes
     * only the exception's class, in one line). Rules run in parallel: the listener must be thread-safe.
     */
    public Linter reportingRuleFailuresTo(BiConsumer<String, Throwable> listener) {
        return new Linter(rules, metas, toolVersion, configs, listener, shownPath, live);
    }

    /**
     * This linter, with the paths rules write into messages shown by {@code shownPath} (given a path relative to the
     * root, "" for the root itself): from the user's current folder rather than from the root.
     */
    public Linter showingPathsWith(UnaryOperator<String> shownPath) {
        return new Linter(rules, metas, toolVersion, configs, ruleFailures, shownPath, live);
    }

    /** This linter, reading files through {@code live}: editors' unsaved text, and parses kept between runs. */
    public Linter withLiveFiles(LiveFiles files) {
        return new Linter(rules, metas, toolVersion, configs, ruleFailures, shownPath, files);
    }

    public RunResult run(Path root, List<Path> paths) {
        return run(root, paths, null);
    }

    /**
     * @param changed when not null, only the code locations holding one of these files are analysed (files outside
     *                every location still are); null analyses everything
     * @throws io.loclint.engine.config.ConfigException when a configuration that applies to a file is broken
     */
    public RunResult run(Path root, List<Path> paths, ChangedFiles changed) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        // files are parsed while the walk goes on: on a large tree the walk alone takes a noticeable time
        FileParser fileParser = new FileParser(configs.run().maxFileBytes());
        ParallelParser.Session parsing = new ParallelParser(
                live == null ? fileParser::parse : source -> live.parse(source, fileParser), FILE_BUDGET_MILLIS).open();
        Discovery.Result discovered;
        try {
            discovered = new Discovery(absoluteRoot, changed, live == null ? Set.of() : live.unsavedFiles())
                    .discover(paths, parsing::submit);
        } catch (RuntimeException | Error e) {
            parsing.finish(List.of(), new ArrayList<>());
            throw e;
        }
        List<ToolNotification> notes = new ArrayList<>(discovered.notes());
        List<ParsedFile> parsed = parsing.finish(discovered.files(), notes);
        Project project = ModelBuilder.build(absoluteRoot, parsed, discovered.locationMarkers());
        return check(project, parsed, notes);
    }

    /**
     * Runs the rules over the model and applies suppressions: everything of a run after parsing. A rule runs when
     * some configuration in use enables it; each finding then takes its file's configuration (enabled, severity,
     * per-file-ignores), and each rule its options from the configuration of the code location it looks at.
     */
    private RunResult check(Project project, List<ParsedFile> parsed, List<ToolNotification> notes) {
        Path absoluteRoot = project.root();
        FindingConfigs findingConfigs = new FindingConfigs(absoluteRoot);
        Set<LoclintConfig> inUse = Collections.newSetFromMap(new IdentityHashMap<>());
        inUse.add(configs.run());
        for (ParsedFile file : parsed) {
            inUse.add(findingConfigs.of(file.path()));
        }
        List<Finding> findings = new ArrayList<>();
        boolean successful = true;
        List<Rule> enabled = rules.stream()
                .filter(r -> inUse.stream().anyMatch(c -> c.enabled(r.info().code()))).toList();
        List<Rule> afterSuppression = new ArrayList<>();
        List<Rule> first = new ArrayList<>();
        for (Rule rule : enabled) {
            boolean needsSuppressions = rule instanceof ElementRule<?> e && e.elementType() == UnusedSuppression.class;
            (needsSuppressions ? afterSuppression : first).add(rule);
        }
        Map<String, LoclintConfig> scopeConfigs = scopeConfigs(project, first);
        // rules share nothing but the read-only model: run them on all cores, then merge in rule order so the
        // result is the same as one after another
        List<RuleOutcome> outcomes = first.parallelStream().map(rule -> {
            RuleOutcome outcome = new RuleOutcome(new ArrayList<>(), new ArrayList<>());
            Contexts contexts = new Contexts(rule, outcome.findings()::add, outcome.notes()::add, scopeConfigs);
            return outcome.withSuccess(runGuarded(rule, () -> apply(rule, project, contexts), outcome.notes()));
        }).toList();
        for (RuleOutcome outcome : outcomes) {
            findings.addAll(outcome.findings());
            notes.addAll(outcome.notes());
            successful &= outcome.successful();
        }
        List<Finding> configured = findingConfigs.apply(findings);
        Set<String> ran = new HashSet<>();
        enabled.forEach(r -> ran.add(r.info().code()));
        Set<String> known = new HashSet<>();
        rules.forEach(r -> known.add(r.info().code()));
        Suppressions.Applied applied = new Suppressions(parsed).apply(configured,
                (path, code) -> ran.contains(code) && findingConfigs.of(path).enabled(code), known);
        List<Finding> kept = new ArrayList<>(applied.kept());
        List<Finding> unusedSuppressions = new ArrayList<>();
        for (Rule rule : afterSuppression) {
            @SuppressWarnings("unchecked")
            ElementRule<UnusedSuppression> typed = (ElementRule<UnusedSuppression>) rule;
            RuleContext context = new RuleContext(rule, rule.info().severity(), configs.run().options(),
                    unusedSuppressions::add, notes::add, shownPath);
            successful &= runGuarded(rule, () -> applied.unused().forEach(u -> typed.check(u, context)), notes);
        }
        kept.addAll(findingConfigs.apply(unusedSuppressions));
        kept.sort(Finding.ORDER);
        List<Finding> suppressed = new ArrayList<>(applied.suppressed());
        suppressed.sort(Finding.ORDER);
        return new RunResult(absoluteRoot, redacted(kept), metas,
                notes.stream().map(Linter::redacted).toList(), toolVersion, successful, parsed.size(),
                redacted(suppressed));
    }

    private static List<Finding> redacted(List<Finding> findings) {
        return findings.stream().map(f -> new Finding(f.code(), f.severity(), REDACTION.redact(f.message()), f.path(),
                f.span(), REDACTION.redact(f.symbol()), REDACTION.redact(f.hint()), f.fix())).toList();
    }

    private static ToolNotification redacted(ToolNotification note) {
        return new ToolNotification(note.id(), note.level(), REDACTION.redact(note.message()), note.path());
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

    /**
     * The configuration of every folder the rules' elements take their options from, read before the rules run,
     * so that a broken configuration stops the run rather than failing a rule.
     */
    private Map<String, LoclintConfig> scopeConfigs(Project project, List<Rule> toRun) {
        Set<String> folders = new HashSet<>();
        project.locations().forEach(l -> folders.add(l.directory()));
        Set<Class<?>> types = new HashSet<>();
        for (Rule rule : toRun) {
            if (rule instanceof ElementRule<?> elementRule && types.add(elementRule.elementType())) {
                ModelElements.scoped(project, elementRule.elementType()).forEach(s -> folders.add(s.folder()));
            }
        }
        Map<String, LoclintConfig> out = new HashMap<>();
        for (String folder : folders) {
            out.put(folder, configs.forFolder(project.root().resolve(folder).normalize()));
        }
        return out;
    }

    /**
     * One rule's contexts, one per configuration its elements take their options from. Findings are reported at
     * the rule's own severity; {@link FindingConfigs} sets each finding's configured one.
     */
    private final class Contexts {
        private final Rule rule;
        private final Consumer<Finding> sink;
        private final Consumer<ToolNotification> notes;
        private final Map<String, LoclintConfig> scopeConfigs;
        private final Map<LoclintConfig, RuleContext> byConfig = new IdentityHashMap<>();

        Contexts(Rule rule, Consumer<Finding> sink, Consumer<ToolNotification> notes,
                 Map<String, LoclintConfig> scopeConfigs) {
            this.rule = rule;
            this.sink = sink;
            this.notes = notes;
            this.scopeConfigs = scopeConfigs;
        }

        /** @param folder the folder, relative to the root, whose configuration gives the options */
        RuleContext in(String folder) {
            LoclintConfig config = scopeConfigs.get(folder);
            return byConfig.computeIfAbsent(config,
                    c -> new RuleContext(rule, rule.info().severity(), c.options(), sink, notes, shownPath));
        }
    }

    /** Each file's configuration, applied to the findings in it. */
    private final class FindingConfigs {
        private final Path root;
        private final Map<String, LoclintConfig> byPath = new HashMap<>();

        FindingConfigs(Path root) {
            this.root = root;
        }

        LoclintConfig of(String path) {
            return byPath.computeIfAbsent(path, p -> configs.forFile(root.resolve(p).normalize()));
        }

        /** The findings their file's configuration keeps, each at its configured severity. */
        List<Finding> apply(List<Finding> findings) {
            List<Finding> out = new ArrayList<>();
            for (Finding f : findings) {
                LoclintConfig config = of(f.path());
                if (config.enabled(f.code()) && !perFileIgnored(config, f)) {
                    Severity severity = config.severityOf(f.code(), f.severity());
                    out.add(severity == f.severity() ? f
                            : new Finding(f.code(), severity, f.message(), f.path(), f.span(), f.symbol(), f.hint(),
                            f.fix()));
                }
            }
            return out;
        }

        /** per-file-ignores globs are relative to the folder of their configuration file. */
        private boolean perFileIgnored(LoclintConfig config, Finding finding) {
            if (config.perFileIgnores().isEmpty()) {
                return false;
            }
            Path base = config.source() == null ? root : config.source().toAbsolutePath().normalize().getParent();
            Path absolute = root.resolve(finding.path()).normalize();
            String relative = absolute.startsWith(base) ? base.relativize(absolute).toString().replace('\\', '/')
                    : finding.path();
            return config.perFileIgnores().stream().anyMatch(p -> p.matches(relative, finding.code()));
        }
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

    @SuppressWarnings("unchecked")
    private static void apply(Rule rule, Project project, Contexts contexts) {
        if (rule instanceof ProjectRule projectRule) {
            project.locations().forEach(location -> projectRule.check(location, contexts.in(location.directory())));
        } else if (rule instanceof ElementRule<?> elementRule) {
            ElementRule<Object> typed = (ElementRule<Object>) elementRule;
            for (ModelElements.Scoped<?> scoped : ModelElements.scoped(project, typed.elementType())) {
                typed.check(scoped.element(), contexts.in(scoped.folder()));
            }
        }
    }
}

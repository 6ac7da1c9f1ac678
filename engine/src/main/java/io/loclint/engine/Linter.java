package io.loclint.engine;

import io.loclint.engine.config.LoclintConfig;
import io.loclint.engine.files.Discovery;
import io.loclint.engine.files.SourceFile;
import io.loclint.engine.model.ModelBuilder;
import io.loclint.engine.model.ModelElements;
import io.loclint.engine.model.ParsedFile;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** One run: discover, parse in parallel, build the model, run the rules, sort the findings. */
public final class Linter {
    public static final long DEFAULT_MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final List<Rule> rules;
    private final List<RuleMeta> metas;
    private final String toolVersion;
    private final LoclintConfig config;

    public Linter(List<Rule> rules, List<RuleMeta> metas, String toolVersion) {
        this(rules, metas, toolVersion, LoclintConfig.defaults());
    }

    public Linter(List<Rule> rules, List<RuleMeta> metas, String toolVersion, LoclintConfig config) {
        this.rules = List.copyOf(rules);
        this.metas = List.copyOf(metas);
        this.toolVersion = toolVersion;
        this.config = config;
    }

    public RunResult run(Path root, List<Path> paths) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Discovery.Result discovered = new Discovery(absoluteRoot).discover(paths);
        List<ToolNotification> notes = new ArrayList<>(discovered.notes());
        List<ParsedFile> parsed = parseAll(discovered.files(), notes);
        Project project = ModelBuilder.build(absoluteRoot, parsed, discovered.locationDirectories());
        List<Finding> findings = new ArrayList<>();
        boolean successful = true;
        List<Rule> enabled = rules.stream().filter(r -> config.enabled(r.info().code())).toList();
        List<Rule> afterSuppression = new ArrayList<>();
        for (Rule rule : enabled) {
            if (rule instanceof ElementRule<?> e && e.elementType() == UnusedSuppression.class) {
                afterSuppression.add(rule);
                continue;
            }
            successful &= runRule(rule, project, findings, notes);
        }
        findings.removeIf(f -> perFileIgnored(absoluteRoot, f));
        Set<String> ran = new HashSet<>();
        enabled.forEach(r -> ran.add(r.info().code()));
        Set<String> known = new HashSet<>();
        rules.forEach(r -> known.add(r.info().code()));
        Suppressions.Applied applied = new Suppressions(parsed).apply(findings, ran, known);
        List<Finding> kept = new ArrayList<>(applied.kept());
        for (Rule rule : afterSuppression) {
            successful &= runAfterSuppression(rule, project, applied.unused(), kept, notes);
        }
        kept.removeIf(f -> perFileIgnored(absoluteRoot, f));
        kept.sort(Finding.ORDER);
        List<Finding> suppressed = new ArrayList<>(applied.suppressed());
        suppressed.sort(Finding.ORDER);
        return new RunResult(absoluteRoot, List.copyOf(kept), metas, List.copyOf(notes), toolVersion, successful,
                parsed.size(), List.copyOf(suppressed));
    }

    private RuleContext context(Rule rule, Project project, List<Finding> sink) {
        return new RuleContext(rule.info(), config.severityOf(rule.info().code(), rule.info().severity()), project,
                config.options(), sink::add);
    }

    private boolean runRule(Rule rule, Project project, List<Finding> findings, List<ToolNotification> notes) {
        try {
            apply(rule, project, context(rule, project, findings));
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            notes.add(new ToolNotification("rule-failed", "error",
                    "rule " + rule.info().code() + " failed: " + e.getClass().getSimpleName(), null));
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private boolean runAfterSuppression(Rule rule, Project project, List<UnusedSuppression> unused,
                                        List<Finding> findings, List<ToolNotification> notes) {
        ElementRule<UnusedSuppression> typed = (ElementRule<UnusedSuppression>) rule;
        RuleContext context = context(rule, project, findings);
        try {
            unused.forEach(u -> typed.check(u, context));
            return true;
        } catch (RuntimeException e) {
            notes.add(new ToolNotification("rule-failed", "error",
                    "rule " + rule.info().code() + " failed: " + e.getClass().getSimpleName(), null));
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

    private static List<ParsedFile> parseAll(List<SourceFile> files, List<ToolNotification> notes) {
        FileParser parser = new FileParser(DEFAULT_MAX_FILE_BYTES);
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files.size()));
        List<ParsedFile> parsed = new ArrayList<>(files.size());
        if (threads <= 1) {
            for (SourceFile file : files) {
                collect(parser.parse(file), parsed, notes);
            }
            return parsed;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "loclint-parse");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<FileParser.Outcome>> futures = new ArrayList<>(files.size());
            for (SourceFile file : files) {
                futures.add(pool.submit(() -> parser.parse(file)));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    collect(futures.get(i).get(), parsed, notes);
                } catch (ExecutionException e) {
                    notes.add(new ToolNotification("parse-failed", "warning", "skipped: the file could not be parsed",
                            files.get(i).path()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
        return parsed;
    }

    private static void collect(FileParser.Outcome outcome, List<ParsedFile> parsed, List<ToolNotification> notes) {
        if (outcome.file() != null) {
            parsed.add(outcome.file());
        } else if (outcome.skipped() != null) {
            notes.add(outcome.skipped());
        }
    }
}

package io.loclint.engine;

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
import java.util.List;
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

    public Linter(List<Rule> rules, List<RuleMeta> metas, String toolVersion) {
        this.rules = List.copyOf(rules);
        this.metas = List.copyOf(metas);
        this.toolVersion = toolVersion;
    }

    public RunResult run(Path root, List<Path> paths) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Discovery.Result discovered = new Discovery(absoluteRoot).discover(paths);
        List<ToolNotification> notes = new ArrayList<>(discovered.notes());
        List<ParsedFile> parsed = parseAll(discovered.files(), notes);
        Project project = ModelBuilder.build(absoluteRoot, parsed, discovered.locationDirectories());
        List<Finding> findings = new ArrayList<>();
        boolean successful = true;
        for (Rule rule : rules) {
            RuleContext context = new RuleContext(rule.info(), rule.info().severity(), project, findings::add);
            try {
                apply(rule, project, context);
            } catch (RuntimeException | StackOverflowError e) {
                successful = false;
                notes.add(new ToolNotification("rule-failed", "error",
                        "rule " + rule.info().code() + " failed: " + e.getClass().getSimpleName(), null));
            }
        }
        findings.sort(Finding.ORDER);
        return new RunResult(absoluteRoot, List.copyOf(findings), metas, List.copyOf(notes), toolVersion, successful,
                parsed.size());
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

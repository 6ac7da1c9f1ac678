package io.loclint.cli;

import io.loclint.engine.config.ConfigException;
import io.loclint.engine.config.LoclintConfig;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.Severity;
import io.loclint.engine.result.ToolNotification;
import io.loclint.engine.files.Printable;
import io.loclint.reports.PathDisplay;
import io.loclint.reports.Reporter;
import io.loclint.reports.Reporters;
import io.loclint.reports.TextReporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the code locations under the given paths (default: the current folder).")
final class CheckCommand implements Callable<Integer> {
    enum FailOn { error, warning, note, never }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to check (default: .).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Output format: text (default), json, sarif, checkstyle, junit, github or markdown."
                    + " Repeat it, each with an --output, to write several reports in one run.")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write a report to FILE instead of stdout: the first --output takes the first --format's"
                    + " report, the second the second, and so on; a --format without one, or with -o -, goes to"
                    + " stdout.")
    List<Path> outputs = new ArrayList<>();

    @Option(names = "--time-budget", paramLabel = "SECONDS",
            description = "End the check with exit code 3, reporting nothing, when its analysis takes longer"
                    + " (default: ${DEFAULT-VALUE}).")
    long timeBudget = TimeBudget.DEFAULT.toSeconds();

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above LEVEL: ${COMPLETION-CANDIDATES} (default: fail-on from"
                    + " the configuration, else error).")
    FailOn failOn;

    @Option(names = "--statistics",
            description = "Print the number of findings per rule in place of the text report on stdout.")
    boolean statistics;

    @Option(names = "--show-files", description = "List the files the check would read, and check nothing.")
    boolean showFiles;

    @Option(names = "--show-settings", description = "Print the configuration that applies to the first PATH, and"
            + " the file it comes from, and check nothing.")
    boolean showSettings;

    @Option(names = "--fix", description = "Apply the fixes that are certainly safe (removing an unused suppression"
            + " or an unused code from one), then report what is left.")
    boolean fix;

    @Option(names = "--diff", description = "Print the fixes --fix would apply as a unified diff, write nothing, and"
            + " exit 1 when there is something to fix.")
    boolean diff;

    @Option(names = "--add-suppressions", description = "Add a '# loclint: ignore[CODE]' comment for every finding,"
            + " at the end of its line (above it in Dockerfiles and .env files), and report nothing.")
    boolean addSuppressions;

    @CommandLine.Mixin
    ScopeOptions scope = new ScopeOptions();

    @CommandLine.Mixin
    RuleSelection selection = new RuleSelection();

    @CommandLine.Mixin
    ColorOption color = new ColorOption();

    @Override
    public Integer call() throws IOException {
        if (timeBudget < 1) {
            throw new UsageException("--time-budget must be at least 1 second, not " + timeBudget);
        }
        List<Report> reports = reports(formats, outputs);
        if (statistics) {
            reports = withStatistics(reports);
        }
        if ((fix || diff || addSuppressions) && scope.rev != null) {
            throw new UsageException("--rev checks a commit's tree, which cannot be changed; --fix, --diff and"
                    + " --add-suppressions change the work tree: leave out --rev");
        }
        if (addSuppressions && (fix || diff)) {
            throw new UsageException("--add-suppressions cannot be combined with --fix or --diff; run them one after"
                    + " the other");
        }
        reports = reports.stream().map(this::shownHere).toList();
        try (ScopeOptions.Scope opened = scope.open(paths.isEmpty() ? List.of(Path.of(".")) : paths)) {
            return check(opened, reports);
        }
    }

    private Integer check(ScopeOptions.Scope opened, List<Report> reports) throws IOException {
        LintRun run = LintRun.plan(opened.targets(), opened.root(), opened.root(), selection);
        if (showSettings) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(settings(run, paths.isEmpty() ? Path.of(".") : paths.get(0), opened.targets().get(0)));
            out.flush();
            return ExitCodes.CLEAN;
        }
        if (showFiles) {
            PrintWriter out = spec.commandLine().getOut();
            run.files(opened.changedUnder(run.root()))
                    .forEach(file -> out.println(Printable.escape(shownHere(run.root(), file))));
            out.flush();
            return ExitCodes.CLEAN;
        }
        RunResult result = analyse(run, opened);
        if (fix || diff || addSuppressions) {
            Integer exitCode = changeSources(run, result);
            if (exitCode != null) {
                return exitCode;
            }
            result = analyse(run, opened);
        }
        write(reports, result);
        printNotifications(result);
        return exitCode(result, run.threshold(failOn));
    }

    private RunResult analyse(LintRun run, ScopeOptions.Scope opened) {
        return run.narrow(opened.narrow(run.run(spec, opened.changedUnder(run.root()),
                Duration.ofSeconds(timeBudget))));
    }

    /** @param target where {@code given} is read from (inside the exported tree for --rev) */
    private static String settings(LintRun run, Path given, Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            LoclintConfig config = Files.isDirectory(absolute) ? run.configs().forFolder(absolute)
                    : run.configs().forFile(absolute);
            return Settings.show(given, config, run.configs().run());
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Reporter reporter(String format) {
        try {
            return Reporters.forFormat(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Paths in reports are relative to the current folder when every target is inside it, as editors expect. */
    static Path root(List<Path> targets) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        boolean allInside = targets.stream().allMatch(t -> t.toAbsolutePath().normalize().startsWith(cwd));
        if (allInside) {
            return cwd;
        }
        Path first = targets.get(0).toAbsolutePath().normalize();
        return Files.isDirectory(first) ? first : first.getParent();
    }

    /**
     * The report as the user reads it from where they stand: paths from the current folder (with --rev they stay
     * repository paths, the export being temporary), and a text report on stdout styled by --color.
     */
    private Report shownHere(Report report) {
        Reporter reporter = report.reporter();
        if (report.output() == null && reporter.name().equals(TextReporter.NAME)) {
            reporter = new TextReporter(color.style());
        }
        return new Report(scope.rev != null ? reporter : Reporters.withPathsShown(reporter, here()), report.output());
    }

    /** A path relative to the run's root as the user opens it from the current folder (--rev: as it is). */
    private String shownHere(Path root, String path) {
        return scope.rev != null ? path : here().show(root, path);
    }

    private static PathDisplay here() {
        return PathDisplay.from(Path.of(""));
    }

    /** One report to write: {@code output} null means stdout. */
    record Report(Reporter reporter, Path output) {
    }

    /**
     * Pairs the i-th --format with the i-th --output (no --format means text), checked before anything runs:
     * every format known, no more --output than --format, at most one report on stdout, no file twice, and
     * every output folder existing.
     */
    static List<Report> reports(List<String> formats, List<Path> outputs) {
        List<String> names = formats.isEmpty() ? List.of("text") : formats;
        if (outputs.size() > names.size()) {
            throw new UsageException(outputs.size() + " --output but " + names.size() + " --format; give a --format"
                    + " for each --output (the i-th --output takes the i-th --format's report)");
        }
        List<Report> reports = new ArrayList<>();
        Set<Path> files = new HashSet<>();
        int toStdout = 0;
        for (int i = 0; i < names.size(); i++) {
            Reporter reporter = reporter(names.get(i));
            Path output = i < outputs.size() && !outputs.get(i).toString().equals("-") ? outputs.get(i) : null;
            if (output == null) {
                toStdout++;
            } else {
                UserFiles.requireWritable(output, "--output");
                if (!files.add(output.toAbsolutePath().normalize())) {
                    throw new UsageException("'" + output + "' is given as --output twice; give each report its own file");
                }
            }
            reports.add(new Report(reporter, output));
        }
        if (toStdout > 1) {
            throw new UsageException(toStdout + " reports would go to stdout; give every --format but one an --output");
        }
        return reports;
    }

    /** The text report on stdout becomes the statistics; with every report in a file, they are added on stdout. */
    static List<Report> withStatistics(List<Report> reports) {
        List<Report> out = new ArrayList<>();
        for (Report report : reports) {
            if (report.output() != null) {
                out.add(report);
            } else if (report.reporter().name().equals(TextReporter.NAME)) {
                out.add(new Report(new Statistics(), null));
            } else {
                throw new UsageException("--statistics takes the place of the text report on stdout; give --format "
                        + report.reporter().name() + " an --output");
            }
        }
        if (out.stream().allMatch(r -> r.output() != null)) {
            out.add(new Report(new Statistics(), null));
        }
        return out;
    }

    private static void write(List<Report> reports, RunResult result) {
        for (Report report : reports) {
            if (report.output() == null) {
                OutputStream out = new BufferedOutputStream(System.out);
                try {
                    report.reporter().write(result, out);
                    out.flush();
                } catch (IOException e) {
                    throw new WriteException("cannot write the report to stdout: " + WriteException.reason(e));
                }
                // System.out keeps a write error to itself
                if (System.out.checkError()) {
                    throw new WriteException("cannot write the report to stdout");
                }
            } else {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(report.output()))) {
                    report.reporter().write(result, out);
                } catch (IOException e) {
                    throw new WriteException("cannot write '" + report.output() + "': " + WriteException.reason(e));
                }
            }
        }
    }

    /** Skipped files, failed rules and other notes go to stderr as well, one line each, whatever the format. */
    private void printNotifications(RunResult result) {
        PrintWriter err = spec.commandLine().getErr();
        for (ToolNotification note : result.notifications()) {
            err.println("loclint: " + note.level() + ": " + Printable.escape((note.path() == null ? ""
                    : shownHere(result.root(), note.path()) + ": ") + note.message()));
        }
        err.flush();
    }

    /**
     * A run in which a rule failed exits 3 whatever --fail-on says: its report is written all the same, but the
     * failed rule's findings are missing from it, and passing a check that did not check would switch that rule off.
     */
    static int exitCode(RunResult result, FailOn failOn) {
        if (!result.successful()) {
            return ExitCodes.INTERNAL;
        }
        if (failOn == FailOn.never) {
            return ExitCodes.CLEAN;
        }
        Severity threshold = Severity.parse(failOn.name());
        for (Finding finding : result.findings()) {
            if (finding.severity().atLeast(threshold)) {
                return ExitCodes.FINDINGS;
            }
        }
        return ExitCodes.CLEAN;
    }

    /**
     * --diff and --add-suppressions, which end the command with the exit code returned, and --fix, which returns
     * null once the fixes are written, for the check to run again and report what is left.
     */
    private Integer changeSources(LintRun run, RunResult result) {
        List<Path> named = LintRun.targets(paths).stream().map(p -> p.toAbsolutePath().normalize()).toList();
        long maxBytes = run.configs().run().maxFileBytes();
        SourceChanges changes = addSuppressions ? SourceChanges.suppressions(result, named, maxBytes)
                : SourceChanges.fixes(result, named, maxBytes);
        PrintWriter err = spec.commandLine().getErr();
        changes.notes().forEach(note -> err.println("loclint: " + Printable.escape(note)));
        String files = SourceChanges.plural(changes.fileCount(), "file");
        if (diff) {
            System.out.print(changes.diff());
            System.out.flush();
            err.println("loclint: would fix " + SourceChanges.plural(changes.count(), "finding") + " in " + files);
            printNotifications(result);
            return !result.successful() ? ExitCodes.INTERNAL
                    : changes.isEmpty() ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
        }
        changes.write();
        if (addSuppressions) {
            err.println("loclint: added " + SourceChanges.plural(changes.count(), "suppression") + " in " + files);
            printNotifications(result);
            return result.successful() ? ExitCodes.CLEAN : ExitCodes.INTERNAL;
        }
        err.println("loclint: fixed " + SourceChanges.plural(changes.count(), "finding") + " in " + files);
        err.flush();
        return null;
    }
}

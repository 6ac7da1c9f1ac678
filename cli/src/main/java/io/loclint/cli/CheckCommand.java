package io.loclint.cli;

import io.loclint.engine.Finding;
import io.loclint.engine.Linter;
import io.loclint.engine.RunResult;
import io.loclint.engine.Severity;
import io.loclint.engine.Version;
import io.loclint.engine.config.ConfigException;
import io.loclint.engine.config.ConfigLoader;
import io.loclint.engine.config.LoclintConfig;
import io.loclint.reports.Reporter;
import io.loclint.reports.Reporters;
import io.loclint.rules.Registry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the code locations under the given paths (default: the current folder).")
final class CheckCommand implements Callable<Integer> {
    enum FailOn { error, warning, note, never }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to check (default: .).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, json or sarif (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above LEVEL: ${COMPLETION-CANDIDATES} (default: fail-on from"
                    + " the configuration, else error).")
    FailOn failOn;

    @CommandLine.Mixin
    ScopeOptions scope = new ScopeOptions();

    @Override
    public Integer call() throws IOException {
        try (ScopeOptions.Scope opened = scope.open(paths.isEmpty() ? List.of(Path.of(".")) : paths)) {
            return check(opened);
        }
    }

    private Integer check(ScopeOptions.Scope opened) throws IOException {
        Reporter reporter = reporter(format);
        List<Path> targets = opened.targets();
        for (Path target : targets) {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException("path '" + target + "' does not exist; give an existing file or folder");
            }
        }
        Path root = opened.root() != null ? opened.root() : root(targets);
        LoclintConfig config;
        try {
            config = ConfigLoader.find(targets.get(0));
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
        RunResult result = opened.narrow(
                new Linter(Registry.rules(), Registry.metas(), Version.get(), config).run(root, targets));
        write(reporter, result);
        FailOn threshold = failOn != null ? failOn
                : config.failOn() != null ? FailOn.valueOf(config.failOn()) : FailOn.error;
        return exitCode(result, threshold);
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

    private void write(Reporter reporter, RunResult result) throws IOException {
        if (output == null) {
            OutputStream out = new BufferedOutputStream(System.out);
            reporter.write(result, out);
            out.flush();
            return;
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UsageException("cannot write '" + output + "': its folder does not exist");
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
            reporter.write(result, out);
        }
    }

    private static int exitCode(RunResult result, FailOn failOn) {
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
}

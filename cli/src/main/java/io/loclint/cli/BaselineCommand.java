package io.loclint.cli;

import io.loclint.cli.baseline.Baseline;
import io.loclint.engine.result.RunResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Manage a baseline: findings accepted for now, which 'check --baseline FILE' does not report.",
        subcommands = {BaselineCommand.Write.class})
final class BaselineCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is missing (write)");
    }

    @Command(name = "write", mixinStandardHelpOptions = true,
            description = "Check PATHs (default: .) and write every current finding to FILE, keyed by code, path"
                    + " and symbol (never the line). Run it, and later checks, from the same folder.")
    static final class Write implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The baseline file to write (JSON).")
        Path file;

        @Parameters(index = "1..*", paramLabel = "PATH", arity = "0..*",
                description = "Files or folders to check (default: .).")
        List<Path> paths = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            UserFiles.requireWritable(file, "baseline write");
            LintRun run = LintRun.plan(paths, null, null);
            RunResult result = run.narrow(run.run(spec, null));
            String incomplete = LintRun.incomplete(result);
            if (incomplete != null) {
                // a baseline that lacks a failed rule's findings would accept them unseen once the rule works
                spec.commandLine().getErr().println("loclint: " + incomplete + "; no baseline written");
                spec.commandLine().getErr().flush();
                return ExitCodes.INTERNAL;
            }
            Baseline baseline = Baseline.of(result.findings(), Baseline.existingSalt(file));
            try {
                baseline.write(file);
            } catch (IOException e) {
                throw new WriteException("cannot write '" + file + "': " + WriteException.reason(e));
            }
            spec.commandLine().getOut().println("wrote " + result.findings().size() + " finding"
                    + (result.findings().size() == 1 ? "" : "s") + " to " + file);
            spec.commandLine().getOut().flush();
            return ExitCodes.CLEAN;
        }
    }
}

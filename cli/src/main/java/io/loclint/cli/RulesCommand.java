package io.loclint.cli;

import io.loclint.engine.result.RuleMeta;
import io.loclint.rules.Registry;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule: code, severity, name, summary.")
final class RulesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-7s %-8s %-32s %s%n", "CODE", "SEVERITY", "NAME", "SUMMARY");
        for (RuleMeta meta : Registry.metas()) {
            out.printf("%-7s %-8s %-32s %s%n", meta.code(), meta.severity().label(), meta.name(), meta.summary());
        }
        out.flush();
        return ExitCodes.CLEAN;
    }
}

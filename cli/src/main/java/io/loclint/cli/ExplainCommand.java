package io.loclint.cli;

import io.loclint.engine.rule.Rule;
import io.loclint.rules.Registry;
import io.loclint.rules.RuleDocs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain a rule: what it does, why, examples.")
final class ExplainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CODE", description = "A rule code, e.g. NAM001.")
    String code;

    @Override
    public Integer call() {
        Rule rule = Registry.byCode(code);
        if (rule == null) {
            throw new UsageException("no rule '" + code + "'; 'loclint rules' lists them");
        }
        PrintWriter out = spec.commandLine().getOut();
        String page = RuleDocs.page(rule.info().code());
        out.println(page != null ? page.strip()
                : rule.info().code() + " " + rule.info().name() + "\n\n" + rule.info().summary());
        out.flush();
        return ExitCodes.CLEAN;
    }
}

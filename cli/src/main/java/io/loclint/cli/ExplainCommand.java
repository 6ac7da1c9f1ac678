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

    @Parameters(paramLabel = "RULE", description = "A rule code or name, e.g. NAM001 or job-name-not-snake-case.")
    String rule;

    @Override
    public Integer call() {
        Rule found = find(rule);
        if (found == null) {
            throw new UsageException("no rule '" + rule + "'; 'loclint rules' lists them");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(text(found));
        out.flush();
        return ExitCodes.CLEAN;
    }

    /** What {@code loclint explain} prints for the rule (Markdown): its doc page, else its name and summary. */
    static String text(Rule rule) {
        String page = RuleDocs.page(rule.info().code());
        return page != null ? page.strip() : rule.info().code() + " " + rule.info().name() + "\n\n"
                + rule.info().summary();
    }

    private static Rule find(String codeOrName) {
        Rule byCode = Registry.byCode(codeOrName);
        return byCode != null ? byCode : Registry.rules().stream()
                .filter(r -> r.info().name().equalsIgnoreCase(codeOrName)).findFirst().orElse(null);
    }
}

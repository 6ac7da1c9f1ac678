package io.loclint.cli;

import io.loclint.engine.config.RuleOption;
import io.loclint.rules.Registry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a commented starter loclint.toml into FOLDER (default: .); never overwrites one.")
final class InitCommand implements Callable<Integer> {
    /** The settings the engine reads; the rule options below them come from the rules' declarations. */
    private static final String SETTINGS = """
            # loclint configuration. Every key is optional; delete what you do not need.
            # The same keys work under [tool.loclint] in pyproject.toml.

            # Rules to run, by code or prefix ("ALL", "DEF", "NAM001"). Empty or absent: all of them.
            select = ["ALL"]
            # Rules not to run, applied after select.
            ignore = []
            # Exit 1 when a finding is at or above this: "error", "warning", "note" or "never".
            fail-on = "error"

            # Severity overrides per code: "error", "warning" or "note".
            [severity]
            # TST002 = "warning"

            # Codes (or prefixes) ignored in files matching a glob, relative to this file.
            [per-file-ignores]
            # "tests/**" = ["SEC001"]

            [options]
            """;

    /** The starter file: the settings, then every declared rule option, commented out, with its default. */
    static String starter() {
        StringBuilder text = new StringBuilder(SETTINGS);
        for (RuleOption<?> option : Registry.options()) {
            text.append("# ").append(String.join(", ", Registry.codesReading(option))).append(": ")
                    .append(option.description()).append("; ").append(option.expected()).append(".\n");
            text.append("# ").append(option.key()).append(" = ").append(option.exampleToml()).append('\n');
        }
        return text.toString();
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FOLDER", arity = "0..1", description = "Where to write loclint.toml (default: .).")
    Path folder = Path.of(".");

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new UsageException("folder '" + folder + "' does not exist");
        }
        Path target = folder.resolve("loclint.toml");
        if (Files.exists(target)) {
            throw new UsageException("'" + target + "' already exists; loclint init never overwrites it");
        }
        Files.writeString(target, starter(), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("wrote " + target);
        spec.commandLine().getOut().flush();
        return ExitCodes.CLEAN;
    }
}

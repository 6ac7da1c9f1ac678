package io.loclint.cli;

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
    static final String STARTER = """
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
            # VER001-VER003: a well-formed versioned job name, with the groups base and version.
            # version-tag-pattern = "^(?<base>.+)_ver_(?<version>0|[1-9][0-9]*)$"
            # NAM004: package names that do not name a domain.
            # placeholder-names = ["template_code_location", "my_project", "code_location", "example", "dagster_project", "my_dagster_project", "project", "test"]
            # SOC002: statements an op body may have.
            # op-max-statements = 40
            # SEC001/SEC002: extra secret-like names, and regular expressions for values that are not secrets.
            # credential-names = ["vault_token"]
            # credential-allow = ["^dummy-"]
            # DEP002: distributions whose import name differs from their name.
            # module-map = { "my-distribution" = ["my_module"] }
            """;

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
        Files.writeString(target, STARTER, StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("wrote " + target);
        spec.commandLine().getOut().flush();
        return ExitCodes.CLEAN;
    }
}

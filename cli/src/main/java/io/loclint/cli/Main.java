package io.loclint.cli;

import picocli.CommandLine;

/** Entry point: exit codes 0 clean, 1 findings at or above --fail-on, 2 usage or configuration error, 3 internal. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Warmup.startFor(args);
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine commandLine = LoclintCommand.commandLine(args);
        return commandLine.execute(args);
    }
}

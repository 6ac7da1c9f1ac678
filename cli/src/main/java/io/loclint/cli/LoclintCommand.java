package io.loclint.cli;

import io.loclint.engine.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

@Command(name = "loclint", mixinStandardHelpOptions = true, versionProvider = LoclintCommand.VersionProvider.class,
        description = "Static analysis and policy linter for Dagster code locations.",
        subcommands = {CheckCommand.class, RulesCommand.class, ExplainCommand.class, InitCommand.class,
                BaselineCommand.class, InstallHookCommand.class, GiteaCommand.class,
                CommandLine.HelpCommand.class})
final class LoclintCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", description = "Print stack traces of internal errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is missing");
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new LoclintCommand());
        commandLine.setParameterExceptionHandler(LoclintCommand::usageError);
        commandLine.setExecutionExceptionHandler(LoclintCommand::executionError);
        return commandLine;
    }

    /** One line on stderr saying what to do; never a usage dump or stack trace. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        String command = e.getCommandLine().getCommandName();
        String helpHint = command.equals("loclint") ? "loclint --help" : "loclint " + command + " --help";
        err.println("loclint: " + lowerFirst(e.getMessage()) + "; see '" + helpHint + "'");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int executionError(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof UsageException) {
            err.println("loclint: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        boolean debug = parseResult.hasMatchedOption("--debug")
                || (parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug"));
        err.println("loclint: internal error (" + e.getClass().getSimpleName() + ")"
                + (debug ? "" : "; run again with --debug for details and report it"));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    private static String lowerFirst(String message) {
        if (message == null || message.isEmpty()) {
            return "invalid arguments";
        }
        String m = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        return Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"loclint " + Version.get()};
        }
    }
}

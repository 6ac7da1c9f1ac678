package io.loclint.cli;

import io.loclint.engine.Version;
import io.loclint.grammar.python.PythonFrontEnd;
import io.loclint.engine.files.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

@Command(name = "loclint", mixinStandardHelpOptions = true, versionProvider = LoclintCommand.VersionProvider.class,
        description = "Static analysis and policy linter for Dagster code locations.")
final class LoclintCommand implements Runnable {
    /** The subcommands in help order; built on demand, since picocli's model of each costs start-up time. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", description = "Print stack traces of internal errors and of rules that fail.",
            scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    /** A bare {@code loclint} is someone finding out what it does: the help, as {@code --help} prints it. */
    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        spec.commandLine().usage(out);
        out.flush();
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> subcommands = new LinkedHashMap<>();
        subcommands.put("check", CheckCommand::new);
        subcommands.put("rules", RulesCommand::new);
        subcommands.put("explain", ExplainCommand::new);
        subcommands.put("init", InitCommand::new);
        subcommands.put("baseline", BaselineCommand::new);
        subcommands.put("install-hook", InstallHookCommand::new);
        subcommands.put("gitea", GiteaCommand::new);
        subcommands.put("server", ServerCommand::new);
        subcommands.put("help", CommandLine.HelpCommand::new);
        return subcommands;
    }

    /** The command line with every subcommand, as help and completion need it. */
    static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS.keySet());
    }

    /**
     * The command line for these arguments: with only the named subcommand when the first word names one (a check
     * starts faster), else with all of them, so help, errors and suggestions stay the same.
     */
    static CommandLine commandLine(String... args) {
        String word = subcommandWord(args);
        return word != null && SUBCOMMANDS.containsKey(word) && !word.equals("help") ? commandLine(List.of(word))
                : commandLine();
    }

    /** The word naming the subcommand: the first argument that is not an option (the root's take no values). */
    static String subcommandWord(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    private static CommandLine commandLine(Collection<String> names) {
        CommandLine commandLine = new CommandLine(new LoclintCommand());
        for (String name : names) {
            commandLine.addSubcommand(name, SUBCOMMANDS.get(name).get());
        }
        commandLine.setParameterExceptionHandler(LoclintCommand::usageError);
        commandLine.setExecutionExceptionHandler(LoclintCommand::executionError);
        return commandLine;
    }

    /** One line on stderr saying what to do; never a usage dump or stack trace. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        String command = e.getCommandLine().getCommandName();
        String helpHint = command.equals("loclint") ? "loclint --help" : "loclint " + command + " --help";
        err.println("loclint: " + Printable.escape(lowerFirst(e.getMessage())) + "; see '" + helpHint + "'");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int executionError(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof UsageException) {
            err.println("loclint: " + Printable.escape(e.getMessage()));
            err.flush();
            return ExitCodes.USAGE;
        }
        if (e instanceof WriteException) {
            err.println("loclint: " + Printable.escape(e.getMessage()));
            err.flush();
            return ExitCodes.INTERNAL;
        }
        boolean debug = debugging(parseResult);
        err.println("loclint: internal error (" + e.getClass().getSimpleName() + ")"
                + (debug ? "" : "; run again with --debug for details and report it"));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /** Whether --debug was given, before the command's name or after it (at any depth). */
    static boolean debugging(CommandLine.ParseResult root) {
        for (CommandLine.ParseResult level = root; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
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
            // which Python parser runs tells a user why a check is slow (the fallback parses several times slower)
            return new String[]{"loclint " + Version.get(), "python parser: " + PythonFrontEnd.backend()};
        }
    }
}

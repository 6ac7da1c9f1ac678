package io.loclint.cli;

import io.loclint.engine.Linter;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.Version;
import io.loclint.engine.config.ConfigException;
import io.loclint.engine.config.ConfigLoader;
import io.loclint.engine.config.LoclintConfig;
import io.loclint.engine.files.ChangedFiles;
import io.loclint.engine.rule.Rule;
import io.loclint.rules.Registry;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/** What check, gitea and baseline write share: the paths to check, the configuration that applies, the run. */
final class LintRun {
    private LintRun() {
    }

    /** The given paths, or the current folder; each must exist. */
    static List<Path> targets(List<Path> paths) {
        List<Path> targets = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        for (Path target : targets) {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException("path '" + target + "' does not exist; give an existing file or folder");
            }
        }
        return targets;
    }

    /** The configuration found from the first target upwards; a broken one is a usage error. */
    static LoclintConfig config(List<Path> targets) {
        try {
            return ConfigLoader.find(targets.get(0), Registry.options());
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** @param command the running command: with --debug, a failed rule's stack trace goes to its stderr */
    static RunResult run(CommandSpec command, LoclintConfig config, Path root, List<Path> targets) {
        return run(command, config, root, targets, null);
    }

    /** @param changed when not null, only the code locations holding one of these files are analysed */
    static RunResult run(CommandSpec command, LoclintConfig config, Path root, List<Path> targets,
                         ChangedFiles changed) {
        PrintWriter debug = LoclintCommand.debugging(command.root().commandLine().getParseResult())
                ? command.commandLine().getErr() : null;
        return linter(Registry.rules(), config, debug).run(root, targets, changed);
    }

    /** @param debug where the stack trace of a rule that throws goes, or null for only the run's one-line note */
    static Linter linter(List<Rule> rules, LoclintConfig config, PrintWriter debug) {
        Linter linter = new Linter(rules, Registry.metas(), Version.get(), config);
        if (debug == null) {
            return linter;
        }
        return linter.reportingRuleFailuresTo((code, thrown) -> {
            // rules fail on several threads at once: one trace at a time
            synchronized (debug) {
                debug.println("loclint: rule " + code + " failed:");
                thrown.printStackTrace(debug);
                debug.flush();
            }
        });
    }

    /** --fail-on when given, else the configuration's fail-on, else error. */
    static CheckCommand.FailOn threshold(CheckCommand.FailOn flag, LoclintConfig config) {
        if (flag != null) {
            return flag;
        }
        return config.failOn() != null ? CheckCommand.FailOn.valueOf(config.failOn()) : CheckCommand.FailOn.error;
    }
}

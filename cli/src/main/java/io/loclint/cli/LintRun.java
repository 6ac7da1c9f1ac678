package io.loclint.cli;

import io.loclint.engine.Linter;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.ToolNotification;
import io.loclint.engine.Version;
import io.loclint.engine.config.ConfigException;
import io.loclint.engine.config.Configurations;
import io.loclint.engine.files.ChangedFiles;
import io.loclint.engine.files.Discovery;
import io.loclint.engine.files.SourceFile;
import io.loclint.engine.rule.Rule;
import io.loclint.reports.PathDisplay;
import io.loclint.rules.Registry;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What check, gitea and baseline write share: the paths to check, the configurations that apply, the run. A
 * requested file or folder inside a code location stands for the whole location, since graph rules cross files;
 * the findings are then narrowed back to the requested paths, as {@code --changed-since} does.
 *
 * @param targets   what is analysed: the requested paths, each one inside a code location widened to the location
 * @param root      what reported paths are relative to
 * @param requested the requested paths (absolute) when one was widened, else null: findings are kept in these only
 * @param exported  whether the paths are in a commit's exported tree (--rev), whose paths messages keep as
 *                  repository paths; otherwise messages show paths from the current folder
 */
record LintRun(List<Path> targets, Path root, Configurations configs, List<Path> requested, boolean exported) {

    /**
     * Plans a run over existing paths (or the current folder) and reads the configuration of its root.
     *
     * @param exported the folder a commit's tree was exported to for {@code --rev} (paths are inside it and
     *                 configurations are read no higher), or null for the work tree
     * @param root     what reported paths are relative to, or null for {@link CheckCommand#root}
     */
    static LintRun plan(List<Path> paths, Path exported, Path root) {
        return plan(paths, exported, root, new RuleSelection());
    }

    /** @param selection the command line's rule selection and --config */
    static LintRun plan(List<Path> paths, Path exported, Path root, RuleSelection selection) {
        List<Path> requested = targets(paths);
        Set<Path> analysed = new LinkedHashSet<>();
        List<Path> limits = new ArrayList<>();
        boolean widened = false;
        for (Path path : requested) {
            Path absolute = path.toAbsolutePath().normalize();
            Path top = exported != null ? exported.toAbsolutePath().normalize() : repositoryRoot(absolute);
            Path location = enclosingLocation(absolute, top);
            Path target = location != null && !location.equals(absolute) ? location : absolute;
            widened |= !target.equals(absolute);
            analysed.add(target);
            limits.add(top != null ? top : Files.isDirectory(target) ? target : target.getParent());
        }
        List<Path> targets = List.copyOf(analysed);
        Path runRoot = root != null ? root : CheckCommand.root(targets);
        Configurations configs = selection.configurations(limits, runRoot);
        return new LintRun(targets, runRoot, configs, widened ? absolute(requested) : null, exported != null);
    }

    /**
     * The given paths, or the current folder; each must exist. A link to a folder stands for the folder (a checkout
     * reached through a link is still the user's choice to check); a link to a file stays a link, which discovery
     * never reads.
     */
    static List<Path> targets(List<Path> paths) {
        List<Path> given = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        List<Path> targets = new ArrayList<>();
        for (Path target : given) {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException("path '" + target + "' does not exist; give an existing file or folder");
            }
            if (Files.isSymbolicLink(target) && Files.isDirectory(target)) {
                try {
                    target = target.toRealPath();
                } catch (IOException e) {
                    throw new UsageException("cannot resolve the link '" + target + "': " + e.getMessage());
                }
            }
            targets.add(target);
        }
        return targets;
    }

    private static List<Path> absolute(List<Path> paths) {
        return paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** The folder holding {@code .git} at or above the path, or null outside a repository. */
    private static Path repositoryRoot(Path absolute) {
        Path limit = Configurations.climbLimit(absolute);
        return Files.exists(limit.resolve(".git"), LinkOption.NOFOLLOW_LINKS) ? limit : null;
    }

    /**
     * The nearest folder at or above the path holding a project file (the deepest candidate, as the model assigns
     * files), no higher than {@code top}; outside a repository ({@code top} null) the nearest one at all. Null when
     * there is none.
     */
    private static Path enclosingLocation(Path absolute, Path top) {
        Path folder = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            for (String marker : Discovery.LOCATION_MARKERS) {
                if (Files.isRegularFile(dir.resolve(marker), LinkOption.NOFOLLOW_LINKS)) {
                    return dir;
                }
            }
            if (dir.equals(top)) {
                return null;
            }
        }
        return null;
    }

    /**
     * @param command the running command: with --debug, a failed rule's stack trace goes to its stderr
     * @param changed when not null, only the code locations holding one of these files are analysed; otherwise,
     *                when a requested path was widened, only the locations holding a requested path
     */
    RunResult run(CommandSpec command, ChangedFiles changed) {
        return run(command, changed, TimeBudget.DEFAULT);
    }

    /** @param budget the most the analysis may take; past it the process ends ({@link TimeBudget}) */
    RunResult run(CommandSpec command, ChangedFiles changed, Duration budget) {
        PrintWriter debug = LoclintCommand.debugging(command.root().commandLine().getParseResult())
                ? command.commandLine().getErr() : null;
        ChangedFiles read = reading(changed);
        try (TimeBudget ignored = TimeBudget.start(budget, command.commandLine().getErr())) {
            Linter linter = linter(Registry.rules(), configs, debug);
            if (!exported) {
                PathDisplay here = PathDisplay.from(Path.of(""));
                linter = linter.showingPathsWith(path -> here.show(root, path.isEmpty() ? "." : path));
            }
            return linter.run(root, targets, read);
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * The files a run reads, relative to its root, sorted: what {@code check --show-files} lists.
     *
     * @param changed as for {@link #run(CommandSpec, ChangedFiles)}
     */
    List<String> files(ChangedFiles changed) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        return new Discovery(absoluteRoot, reading(changed)).discover(targets).files().stream()
                .map(SourceFile::path).toList();
    }

    /** The changed files, or the requested paths when one was widened to its code location, or null for all. */
    private ChangedFiles reading(ChangedFiles changed) {
        return changed != null || requested == null ? changed : ChangedFiles.of(relativeToRoot());
    }

    private List<String> relativeToRoot() {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        return requested.stream().map(p -> absoluteRoot.relativize(p).toString().replace('\\', '/')).toList();
    }

    /** Only the findings in the requested paths, when a requested path was widened to its code location. */
    RunResult narrow(RunResult result) {
        if (requested == null) {
            return result;
        }
        Path absoluteRoot = result.root().toAbsolutePath().normalize();
        return result.onlyPaths(path -> {
            Path file = absoluteRoot.resolve(path).normalize();
            return requested.stream().anyMatch(file::startsWith);
        });
    }

    /** @param debug where the stack trace of a rule that throws goes, or null for only the run's one-line note */
    static Linter linter(List<Rule> rules, Configurations configs, PrintWriter debug) {
        Linter linter = new Linter(rules, Registry.metas(), Version.get(), configs);
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

    /**
     * Why the run is incomplete, as its failed-rule notes joined ("rule SEC001 failed: StackOverflowError"), or
     * null when every rule ran. A command that would record or publish the result as a verdict stops on it.
     */
    static String incomplete(RunResult result) {
        if (result.successful()) {
            return null;
        }
        String failed = result.notifications().stream().filter(n -> n.id().equals("rule-failed"))
                .map(ToolNotification::message).collect(Collectors.joining("; "));
        return failed.isEmpty() ? "the run did not complete" : failed;
    }

    /** --fail-on when given, else the run root's configured fail-on, else error. */
    CheckCommand.FailOn threshold(CheckCommand.FailOn flag) {
        if (flag != null) {
            return flag;
        }
        String configured = configs.run().failOn();
        return configured != null ? CheckCommand.FailOn.valueOf(configured) : CheckCommand.FailOn.error;
    }
}

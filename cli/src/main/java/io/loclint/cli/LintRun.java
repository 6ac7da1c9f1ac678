package io.loclint.cli;

import io.loclint.engine.Linter;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.Version;
import io.loclint.engine.config.ConfigException;
import io.loclint.engine.config.ConfigLoader;
import io.loclint.engine.config.LoclintConfig;
import io.loclint.engine.files.ChangedFiles;
import io.loclint.rules.Registry;

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

    static RunResult run(LoclintConfig config, Path root, List<Path> targets) {
        return run(config, root, targets, null);
    }

    /** @param changed when not null, only the code locations holding one of these files are analysed */
    static RunResult run(LoclintConfig config, Path root, List<Path> targets, ChangedFiles changed) {
        return new Linter(Registry.rules(), Registry.metas(), Version.get(), config).run(root, targets, changed);
    }

    /** --fail-on when given, else the configuration's fail-on, else error. */
    static CheckCommand.FailOn threshold(CheckCommand.FailOn flag, LoclintConfig config) {
        if (flag != null) {
            return flag;
        }
        return config.failOn() != null ? CheckCommand.FailOn.valueOf(config.failOn()) : CheckCommand.FailOn.error;
    }
}

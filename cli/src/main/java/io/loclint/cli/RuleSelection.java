package io.loclint.cli;

import io.loclint.engine.config.ConfigException;
import io.loclint.engine.config.ConfigLoader;
import io.loclint.engine.config.Configurations;
import io.loclint.engine.config.LoclintConfig;
import io.loclint.rules.Registry;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which rules run, as Ruff's command line says it: {@code --select} replaces the configured selection,
 * {@code --extend-select} adds to it, {@code --ignore} adds to the configured ignores, and {@code --config} names
 * the one configuration file for every checked file instead of the nearest one. Every code or prefix, given here or
 * in a configuration, must name a rule: a mistyped one would select nothing and pass as "No problems found".
 */
final class RuleSelection {
    @Option(names = "--select", paramLabel = "CODES", split = ",",
            description = "Run only these rules (codes or prefixes, comma-separated, e.g. NAM,SEC002 or ALL),"
                    + " instead of the configured select.")
    List<String> select;

    @Option(names = "--extend-select", paramLabel = "CODES", split = ",",
            description = "Run these rules as well as the selected ones.")
    List<String> extendSelect = new ArrayList<>();

    @Option(names = "--ignore", paramLabel = "CODES", split = ",",
            description = "Do not run these rules, besides the configured ignore.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read the configuration from FILE (a loclint.toml, or a pyproject.toml with"
                    + " [tool.loclint]) for every checked file, instead of the nearest one.")
    Path config;

    /**
     * The configurations of a run: those found from the limits up, or the --config file, each checked and adjusted
     * by the flags.
     *
     * @throws UsageException for an unknown code or prefix, on the command line or in a configuration that applies
     */
    Configurations configurations(List<Path> limits, Path runRoot) {
        List<String> codes = Registry.codes();
        if (select != null && select.isEmpty()) {
            throw new UsageException("--select names no rule; give codes or prefixes, or ALL");
        }
        requireKnown("--select", select == null ? List.of() : select, codes);
        requireKnown("--extend-select", extendSelect, codes);
        requireKnown("--ignore", ignore, codes);
        try {
            if (config == null) {
                return Configurations.find(limits, runRoot, Registry.options(), c -> adjust(c, codes));
            }
            return Configurations.of(adjust(load(config), codes));
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static LoclintConfig load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("--config '" + file + "' is not a readable configuration file");
        }
        boolean pyproject = file.getFileName().toString().equals("pyproject.toml");
        LoclintConfig loaded = ConfigLoader.load(file, pyproject, Registry.options());
        if (loaded.source() == null) {
            throw new UsageException("--config '" + file + "' has no [tool.loclint] table");
        }
        return loaded;
    }

    private LoclintConfig adjust(LoclintConfig config, List<String> codes) {
        config.requireKnownCodes(codes);
        if (select == null && extendSelect.isEmpty() && ignore.isEmpty()) {
            return config;
        }
        List<String> selected = new ArrayList<>(select != null ? select : config.select());
        // an empty selection means every rule: extending it changes nothing
        if (!selected.isEmpty()) {
            selected.addAll(extendSelect);
        }
        List<String> ignored = new ArrayList<>(config.ignore());
        ignored.addAll(ignore);
        return config.withSelection(selected, ignored);
    }

    private static void requireKnown(String flag, List<String> selectors, List<String> codes) {
        for (String selector : selectors) {
            if (selector.isBlank() || !LoclintConfig.matchesAny(selector, codes)) {
                throw new UsageException(flag + " has '" + selector + "', which is no rule's code or prefix;"
                        + " 'loclint rules' lists them");
            }
        }
    }
}

package io.loclint.cli;

import io.loclint.engine.config.ConfigException;
import io.loclint.engine.config.ConfigLoader;
import io.loclint.engine.config.LoclintConfig;
import io.loclint.engine.config.RuleOption;
import io.loclint.engine.config.RuleOptions;
import io.loclint.engine.files.Printable;
import io.loclint.rules.Registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What {@code check --show-settings} prints: the configuration that applies to a path, as TOML a configuration file
 * could hold, headed by the file it comes from (and the one beside it that it wins over).
 */
final class Settings {
    private Settings() {
    }

    /**
     * @param path   the path asked about, as given
     * @param config the configuration that applies to it
     * @param run    the configuration of the run's root, which alone gives fail-on and max-file-size
     */
    static String show(Path path, LoclintConfig config, LoclintConfig run) {
        StringBuilder out = new StringBuilder();
        out.append("# settings for ").append(path).append('\n');
        if (config.source() == null) {
            out.append("# from no configuration file: loclint's defaults\n");
        } else {
            out.append("# from ").append(config.source().toAbsolutePath().normalize()).append('\n');
            Path beside = config.source().toAbsolutePath().normalize().resolveSibling("pyproject.toml");
            if (config.source().getFileName().toString().equals("loclint.toml") && hasToolTable(beside)) {
                out.append("# not read: the [tool.loclint] in ").append(beside)
                        .append(" (loclint.toml in the same folder wins)\n");
            }
        }
        out.append("select = ").append(RuleOption.tomlList(config.select().isEmpty() ? List.of("ALL")
                : config.select())).append('\n');
        out.append("ignore = ").append(RuleOption.tomlList(config.ignore())).append('\n');
        out.append("fail-on = ").append(RuleOption.tomlString(run.failOn() == null ? "error" : run.failOn()))
                .append("  # per run: from ").append(run.source() == null ? "the defaults" : run.source())
                .append('\n');
        out.append("max-file-size = ").append(run.maxFileBytes()).append("  # per run, as fail-on\n");
        out.append("\n[severity]\n");
        new TreeMap<>(config.severity()).forEach((code, severity) ->
                out.append(code).append(" = ").append(RuleOption.tomlString(severity.label())).append('\n'));
        out.append("\n[per-file-ignores]\n");
        for (LoclintConfig.PerFileIgnore ignore : config.perFileIgnores()) {
            out.append(RuleOption.tomlString(ignore.glob())).append(" = ")
                    .append(RuleOption.tomlList(List.copyOf(ignore.codes()))).append('\n');
        }
        out.append("\n[options]\n");
        for (RuleOption<?> option : Registry.options()) {
            out.append(option.key()).append(" = ").append(value(option, config.options())).append('\n');
        }
        return out.toString().lines().map(Printable::escape).collect(Collectors.joining("\n", "", "\n"));
    }

    private static <T> String value(RuleOption<T> option, RuleOptions options) {
        return option.toToml(options.get(option));
    }

    /** Whether a pyproject.toml holds a [tool.loclint] table (a broken one counts: it is still not read). */
    private static boolean hasToolTable(Path pyproject) {
        if (!Files.isRegularFile(pyproject, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            if (!Files.readString(pyproject).contains("tool.loclint")) {
                return false;
            }
            return ConfigLoader.load(pyproject, true, Registry.options()).source() != null;
        } catch (ConfigException e) {
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}

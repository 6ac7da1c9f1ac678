package io.loclint.engine.config;

import io.loclint.engine.result.Severity;
import io.loclint.grammar.toml.TomlDocument;
import io.loclint.grammar.toml.TomlFrontEnd;
import org.tomlj.TomlTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import com.google.re2j.Pattern;

/**
 * Reads a configuration: a {@code loclint.toml}, or {@code pyproject.toml} with a {@code [tool.loclint]} table
 * ({@link Configurations} says which applies where). Every key is validated; a mistake is a
 * {@link ConfigException} naming the file and the key. Rule options are validated against the options the rules
 * declare, which the caller passes in (the engine does not know the rules).
 */
public final class ConfigLoader {
    private static final Set<String> TOP_KEYS = Set.of("select", "ignore", "severity", "per-file-ignores", "fail-on",
            "max-file-size", "options");
    private static final Pattern CODE_OR_PREFIX = Pattern.compile("^(ALL|[A-Z]{3}([0-9]{1,3})?)$");

    private ConfigLoader() {
    }

    /**
     * The configuration that applies to {@code start} (a file or folder), found from it upwards to where
     * {@link Configurations#climbLimit} says a climb stops, or the defaults when there is none.
     *
     * @param declared every rule option there is; any other key under {@code options} is a mistake
     */
    public static LoclintConfig find(Path start, Collection<RuleOption<?>> declared) {
        return Configurations.find(List.of(Configurations.climbLimit(start)), start, declared).run();
    }

    /** The configuration a folder itself holds, or null when it has none. */
    static LoclintConfig inFolder(Path dir, Collection<RuleOption<?>> declared) {
        Path loclintToml = dir.resolve("loclint.toml");
        // a link is never followed (loclint.toml -> /etc/shadow would be quoted in the parse error), a pipe never
        // read (it would block); either is an error rather than no configuration, which would pass unnoticed
        if (Files.isRegularFile(loclintToml, LinkOption.NOFOLLOW_LINKS)) {
            return load(loclintToml, false, declared);
        }
        if (Files.exists(loclintToml, LinkOption.NOFOLLOW_LINKS)) {
            throw new ConfigException(loclintToml + " is not a regular file; loclint reads no link, pipe or device");
        }
        Path pyproject = dir.resolve("pyproject.toml");
        if (Files.isRegularFile(pyproject, LinkOption.NOFOLLOW_LINKS)) {
            TomlTable table = toolTable(pyproject);
            if (table != null) {
                return parse(pyproject, "tool.loclint.", table, declared);
            }
        }
        return null;
    }

    /**
     * A pyproject.toml's {@code [tool.loclint]}, or null. Most have none: their text is looked at before tomlj
     * parses it, and one that has it is parsed once. One that does not parse configures nothing (PAR001 says why).
     */
    private static TomlTable toolTable(Path pyproject) {
        String text;
        try {
            text = Files.readString(pyproject);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (!text.contains("loclint")) {
            return null;
        }
        TomlDocument doc = TomlFrontEnd.parse(text);
        return doc.parsed() ? doc.getTable("tool.loclint") : null;
    }

    public static LoclintConfig load(Path file, boolean pyproject, Collection<RuleOption<?>> declared) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException | RuntimeException e) {
            throw new ConfigException("cannot read " + file);
        }
        TomlDocument doc = TomlFrontEnd.parse(text);
        if (!doc.parsed()) {
            throw new ConfigException(file + ":" + doc.problems().get(0).span().startLine() + ": "
                    + doc.problems().get(0).message());
        }
        String prefix = pyproject ? "tool.loclint." : "";
        TomlTable table = pyproject ? doc.getTable("tool.loclint") : doc.root();
        return parse(file, prefix, table, declared);
    }

    static LoclintConfig parse(Path file, String prefix, TomlTable table, Collection<RuleOption<?>> declared) {
        Reader reader = new Reader(file, prefix);
        if (table == null) {
            return LoclintConfig.defaults();
        }
        for (String key : table.keySet()) {
            if (!TOP_KEYS.contains(key)) {
                throw reader.error(key, "is not a loclint setting (known: select, ignore, severity, per-file-ignores,"
                        + " fail-on, max-file-size, options)");
            }
        }
        List<String> select = reader.codes(table, "select");
        List<String> ignore = reader.codes(table, "ignore");
        Map<String, Severity> severity = new LinkedHashMap<>();
        TomlTable severities = reader.table(table, "severity");
        if (severities != null) {
            for (String code : severities.keySet()) {
                if (!code.matches("[A-Z]{3}[0-9]{3}")) {
                    throw reader.error("severity." + code, "is not a rule code");
                }
                Object value = severities.get(List.of(code));
                if (!(value instanceof String s) || !Set.of("error", "warning", "note").contains(s)) {
                    throw reader.error("severity." + code, "must be \"error\", \"warning\" or \"note\"");
                }
                severity.put(code, Severity.parse(s));
            }
        }
        List<LoclintConfig.PerFileIgnore> perFile = new ArrayList<>();
        TomlTable perFileTable = reader.table(table, "per-file-ignores");
        if (perFileTable != null) {
            for (String glob : perFileTable.keySet()) {
                List<String> codes = reader.codes(perFileTable, glob, "per-file-ignores.\"" + glob + "\"");
                try {
                    perFile.add(new LoclintConfig.PerFileIgnore(glob, new LinkedHashSet<>(codes)));
                } catch (IllegalArgumentException e) {
                    throw reader.error("per-file-ignores.\"" + glob + "\"", "is not a valid glob: " + e.getMessage());
                }
            }
        }
        String failOn = null;
        if (table.contains(List.of("fail-on"))) {
            Object value = table.get(List.of("fail-on"));
            if (!(value instanceof String s) || !Set.of("error", "warning", "note", "never").contains(s)) {
                throw reader.error("fail-on", "must be \"error\", \"warning\", \"note\" or \"never\"");
            }
            failOn = (String) value;
        }
        long maxFileBytes = LoclintConfig.DEFAULT_MAX_FILE_BYTES;
        if (table.contains(List.of("max-file-size"))) {
            Object value = table.get(List.of("max-file-size"));
            if (!(value instanceof Long n) || n < 1) {
                throw reader.error("max-file-size", "must be a positive number of bytes");
            }
            maxFileBytes = n;
        }
        RuleOptions options = options(reader, reader.table(table, "options"), declared);
        return new LoclintConfig(file, select, ignore, Map.copyOf(severity), List.copyOf(perFile), failOn, options,
                maxFileBytes);
    }

    private static RuleOptions options(Reader reader, TomlTable table, Collection<RuleOption<?>> declared) {
        Map<String, RuleOption<?>> byKey = new TreeMap<>();
        for (RuleOption<?> option : declared) {
            if (byKey.put(option.key(), option) != null) {
                throw new IllegalArgumentException("option '" + option.key() + "' is declared twice");
            }
        }
        if (table == null) {
            return RuleOptions.defaults();
        }
        for (String key : table.keySet()) {
            if (!byKey.containsKey(key)) {
                throw reader.error("options." + key, "is not a rule option (known: "
                        + String.join(", ", byKey.keySet()) + ")");
            }
        }
        Map<RuleOption<?>, Object> configured = new IdentityHashMap<>();
        for (String key : table.keySet()) {
            RuleOption<?> option = byKey.get(key);
            try {
                configured.put(option, option.read(table.get(List.of(key))));
            } catch (RuleOption.InvalidValue e) {
                throw reader.error("options." + key + e.subKey(), e.problem());
            }
        }
        return RuleOptions.of(configured);
    }

    /** Typed reads that fail with one line naming the file and the key. */
    private record Reader(Path file, String prefix) {
        ConfigException error(String key, String problem) {
            return new ConfigException(file + ": " + prefix + key + " " + problem);
        }

        TomlTable table(TomlTable parent, String key) {
            if (!parent.contains(List.of(key))) {
                return null;
            }
            if (!(parent.get(List.of(key)) instanceof TomlTable t)) {
                throw error(key, "must be a table");
            }
            return t;
        }

        List<String> strings(TomlTable parent, String key, String shown) {
            try {
                return RuleOption.stringList(parent.get(List.of(key)));
            } catch (RuleOption.InvalidValue e) {
                throw error(shown, e.problem());
            }
        }

        List<String> codes(TomlTable parent, String key) {
            return codes(parent, key, key);
        }

        List<String> codes(TomlTable parent, String key, String shown) {
            if (!parent.contains(List.of(key))) {
                return List.of();
            }
            List<String> codes = strings(parent, key, shown);
            for (String code : codes) {
                if (!CODE_OR_PREFIX.matcher(code.toUpperCase(Locale.ROOT)).matches()) {
                    throw error(shown, "has '" + code + "', which is not a rule code or prefix (e.g. \"DEF\", \"NAM001\", \"ALL\")");
                }
            }
            return codes;
        }
    }
}

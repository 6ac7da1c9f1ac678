package io.loclint.engine.config;

import io.loclint.engine.result.Severity;
import io.loclint.grammar.toml.TomlDocument;
import io.loclint.grammar.toml.TomlFrontEnd;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds and reads the configuration: from the checked path upwards, the first {@code loclint.toml}, or
 * {@code pyproject.toml} with a {@code [tool.loclint]} table. Every key is validated; a mistake is a
 * {@link ConfigException} naming the file and the key.
 */
public final class ConfigLoader {
    private static final Set<String> TOP_KEYS = Set.of("select", "ignore", "severity", "per-file-ignores", "fail-on",
            "max-file-size", "options");
    private static final Set<String> OPTION_KEYS = Set.of("version-tag-pattern", "placeholder-names",
            "op-max-statements", "credential-names", "credential-allow", "module-map");
    private static final Pattern CODE_OR_PREFIX = Pattern.compile("^(ALL|[A-Z]{3}([0-9]{1,3})?)$");

    private ConfigLoader() {
    }

    /** The configuration that applies to {@code start} (a file or folder), or the defaults when there is none. */
    public static LoclintConfig find(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null; dir = dir.getParent()) {
            Path loclintToml = dir.resolve("loclint.toml");
            if (Files.isRegularFile(loclintToml)) {
                return load(loclintToml, false);
            }
            Path pyproject = dir.resolve("pyproject.toml");
            if (Files.isRegularFile(pyproject) && hasToolTable(pyproject)) {
                return load(pyproject, true);
            }
        }
        return LoclintConfig.defaults();
    }

    private static boolean hasToolTable(Path pyproject) {
        try {
            TomlDocument doc = TomlFrontEnd.parse(Files.readString(pyproject));
            return doc.parsed() && doc.getTable("tool.loclint") != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public static LoclintConfig load(Path file, boolean pyproject) {
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
        return parse(file, prefix, table);
    }

    static LoclintConfig parse(Path file, String prefix, TomlTable table) {
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
                perFile.add(new LoclintConfig.PerFileIgnore(glob, new LinkedHashSet<>(codes)));
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
        RuleOptions options = options(reader, reader.table(table, "options"));
        return new LoclintConfig(file, select, ignore, Map.copyOf(severity), List.copyOf(perFile), failOn, options,
                maxFileBytes);
    }

    private static RuleOptions options(Reader reader, TomlTable table) {
        RuleOptions defaults = RuleOptions.defaults();
        if (table == null) {
            return defaults;
        }
        for (String key : table.keySet()) {
            if (!OPTION_KEYS.contains(key)) {
                throw reader.error("options." + key, "is not a rule option (known: " + String.join(", ",
                        OPTION_KEYS.stream().sorted().toList()) + ")");
            }
        }
        Pattern versionTag = defaults.versionTagPattern();
        if (table.contains(List.of("version-tag-pattern"))) {
            String value = reader.string(table, "version-tag-pattern", "options.version-tag-pattern");
            try {
                versionTag = Pattern.compile(value);
            } catch (PatternSyntaxException e) {
                throw reader.error("options.version-tag-pattern", "is not a valid regular expression");
            }
            if (!value.contains("(?<base>") || !value.contains("(?<version>")) {
                throw reader.error("options.version-tag-pattern", "must have the groups (?<base>...) and (?<version>...)");
            }
        }
        List<String> placeholders = table.contains(List.of("placeholder-names"))
                ? reader.strings(table, "placeholder-names", "options.placeholder-names") : defaults.placeholderNames();
        int maxStatements = defaults.opMaxStatements();
        if (table.contains(List.of("op-max-statements"))) {
            Object value = table.get(List.of("op-max-statements"));
            if (!(value instanceof Long n) || n < 1 || n > 10_000) {
                throw reader.error("options.op-max-statements", "must be a whole number from 1 to 10000");
            }
            maxStatements = (int) (long) n;
        }
        List<String> credentialNames = table.contains(List.of("credential-names"))
                ? reader.strings(table, "credential-names", "options.credential-names") : List.of();
        List<Pattern> allow = new ArrayList<>();
        if (table.contains(List.of("credential-allow"))) {
            for (String regex : reader.strings(table, "credential-allow", "options.credential-allow")) {
                try {
                    allow.add(Pattern.compile(regex));
                } catch (PatternSyntaxException e) {
                    throw reader.error("options.credential-allow", "has an invalid regular expression");
                }
            }
        }
        Map<String, List<String>> moduleMap = new LinkedHashMap<>();
        TomlTable map = reader.table(table, "module-map", "options.module-map");
        if (map != null) {
            for (String distribution : map.keySet()) {
                moduleMap.put(distribution.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-"),
                        reader.strings(map, distribution, "options.module-map.\"" + distribution + "\""));
            }
        }
        return new RuleOptions(versionTag, List.copyOf(placeholders), maxStatements, List.copyOf(credentialNames),
                List.copyOf(allow), Map.copyOf(moduleMap));
    }

    /** Typed reads that fail with one line naming the file and the key. */
    private record Reader(Path file, String prefix) {
        ConfigException error(String key, String problem) {
            return new ConfigException(file + ": " + prefix + key + " " + problem);
        }

        TomlTable table(TomlTable parent, String key) {
            return table(parent, key, key);
        }

        TomlTable table(TomlTable parent, String key, String shown) {
            if (!parent.contains(List.of(key))) {
                return null;
            }
            if (!(parent.get(List.of(key)) instanceof TomlTable t)) {
                throw error(shown, "must be a table");
            }
            return t;
        }

        String string(TomlTable parent, String key, String shown) {
            if (!(parent.get(List.of(key)) instanceof String s)) {
                throw error(shown, "must be a string");
            }
            return s;
        }

        List<String> strings(TomlTable parent, String key, String shown) {
            if (!(parent.get(List.of(key)) instanceof TomlArray array)) {
                throw error(shown, "must be a list of strings");
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                if (!(array.get(i) instanceof String s)) {
                    throw error(shown, "must be a list of strings");
                }
                out.add(s);
            }
            return out;
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

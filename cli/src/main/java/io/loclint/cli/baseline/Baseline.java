package io.loclint.cli.baseline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.loclint.engine.result.BaselineResult;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.FindingIdentity;
import io.loclint.engine.result.Severity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A stored set of accepted findings, format version {@value #VERSION}:
 *
 * <pre>
 * {
 *   "version": 1,
 *   "tool": "loclint",
 *   "salt": "32 hex digits",                                   // random, kept when the file is rewritten
 *   "entries": [
 *     {"code": "NAM001", "path": "src/pkg/jobs.py", "key": "64 hex digits", "count": 1}
 *   ]
 * }
 * </pre>
 *
 * An entry is keyed by the finding's {@link FindingIdentity} (code, path and symbol, never line), so moving code
 * keeps it matching. The symbol may name something secret-like, so it is stored only inside {@code key}, the
 * identity's {@link FindingIdentity#saltedDigest salted digest}. The readable code and path sit beside it; the
 * message is never stored.
 * {@code count} is how many findings share the key, so two identical findings stay two. Entries are sorted by
 * code, path and key, so rewriting an unchanged baseline gives the same bytes.
 */
public record Baseline(String salt, List<Entry> entries) {
    public static final int VERSION = 1;
    private static final Pattern SALT = Pattern.compile("^[0-9a-f]{32}$");
    private static final Pattern KEY = Pattern.compile("^[0-9a-f]{64}$");
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::code).thenComparing(Entry::path)
            .thenComparing(Entry::key);

    public record Entry(String code, String path, String key, int count) {
    }

    /** What {@link #compare} found: the new findings (they fail the run) and the rest. */
    public record Comparison(List<Finding> newFindings, BaselineResult result) {
    }

    public Baseline {
        entries = entries.stream().sorted(ORDER).toList();
    }

    /** A baseline accepting every one of {@code findings}; {@code salt} null for a fresh random one. */
    public static Baseline of(List<Finding> findings, String salt) {
        String s = salt != null ? salt : newSalt();
        Map<String, Entry> byKey = new LinkedHashMap<>();
        for (Finding f : findings) {
            String key = FindingIdentity.saltedDigest(s, f);
            byKey.merge(key, new Entry(f.code(), f.path(), key, 1),
                    (a, b) -> new Entry(a.code(), a.path(), key, a.count() + 1));
        }
        return new Baseline(s, new ArrayList<>(byKey.values()));
    }

    /**
     * Splits {@code findings} (in report order) into new and unchanged: for each key, the first {@code count}
     * findings are unchanged and the rest new. A key with fewer findings than its count leaves absent entries.
     */
    public Comparison compare(List<Finding> findings) {
        Map<String, Integer> remaining = new HashMap<>();
        Map<String, Entry> byKey = new HashMap<>();
        for (Entry e : entries) {
            remaining.merge(e.key(), e.count(), Integer::sum);
            byKey.put(e.key(), e);
        }
        List<Finding> fresh = new ArrayList<>();
        List<Finding> unchanged = new ArrayList<>();
        for (Finding f : findings) {
            String key = FindingIdentity.saltedDigest(salt, f);
            int left = remaining.getOrDefault(key, 0);
            if (left > 0) {
                remaining.put(key, left - 1);
                unchanged.add(f);
            } else {
                fresh.add(f);
            }
        }
        List<Finding> absent = new ArrayList<>();
        for (Entry e : entries) {
            int left = remaining.getOrDefault(e.key(), 0);
            for (int i = 0; i < left; i++) {
                absent.add(new Finding(e.code(), Severity.NOTE,
                        e.code() + " in " + e.path() + " is in the baseline but no longer found", e.path(), null, null,
                        null));
            }
            remaining.put(e.key(), 0);
        }
        return new Comparison(fresh, new BaselineResult(unchanged, absent));
    }

    private static String newSalt() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The salt of the baseline already at {@code file}, or null when there is none or it cannot be read. */
    public static String existingSalt(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return read(file).salt();
        } catch (BaselineException e) {
            return null;
        }
    }

    public void write(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator gen = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            gen.setPrettyPrinter(printer);
            gen.writeStartObject();
            gen.writeNumberField("version", VERSION);
            gen.writeStringField("tool", "loclint");
            gen.writeStringField("salt", salt);
            gen.writeArrayFieldStart("entries");
            for (Entry e : entries) {
                gen.writeStartObject();
                gen.writeStringField("code", e.code());
                gen.writeStringField("path", e.path());
                gen.writeStringField("key", e.key());
                gen.writeNumberField("count", e.count());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
        bytes.write('\n');
        Files.write(file, bytes.toByteArray());
    }

    /** Reads and validates a baseline; anything wrong is a {@link BaselineException} naming the file. */
    public static Baseline read(Path file) {
        try (InputStream in = Files.newInputStream(file);
             JsonParser parser = new JsonFactory().createParser(in)) {
            return parse(parser, file);
        } catch (NoSuchFileException e) {
            throw new BaselineException("baseline '" + file + "' does not exist; write one with 'loclint baseline"
                    + " write " + file + "'");
        } catch (IOException e) {
            throw corrupt(file, e instanceof com.fasterxml.jackson.core.JsonProcessingException
                    ? "not valid JSON" : "cannot be read");
        }
    }

    private static Baseline parse(JsonParser p, Path file) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw corrupt(file, "not a JSON object");
        }
        Integer version = null;
        String salt = null;
        List<Entry> entries = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "version" -> version = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                case "salt" -> salt = value == JsonToken.VALUE_STRING ? p.getText() : null;
                case "entries" -> entries = entries(p, value, file);
                default -> p.skipChildren();
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
            throw corrupt(file, "not valid JSON");
        }
        if (version == null || version != VERSION) {
            throw corrupt(file, "version must be " + VERSION);
        }
        if (salt == null || !SALT.matcher(salt).matches()) {
            throw corrupt(file, "salt must be 32 hex digits");
        }
        if (entries == null) {
            throw corrupt(file, "entries is missing");
        }
        return new Baseline(salt, entries);
    }

    private static List<Entry> entries(JsonParser p, JsonToken start, Path file) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            throw corrupt(file, "entries must be an array");
        }
        List<Entry> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String code = null;
            String path = null;
            String key = null;
            int count = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "code" -> code = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "path" -> path = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "key" -> key = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "count" -> count = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : 0;
                    default -> p.skipChildren();
                }
            }
            if (code == null || path == null || key == null || !KEY.matcher(key).matches() || count < 1) {
                throw corrupt(file, "entry " + (out.size() + 1) + " needs code, path, a 64-hex-digit key and a"
                        + " count of at least 1");
            }
            out.add(new Entry(code, path, key, count));
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw corrupt(file, "entries must hold objects");
        }
        return out;
    }

    private static BaselineException corrupt(Path file, String why) {
        return new BaselineException("baseline '" + file + "' is not a loclint baseline (" + why + ");"
                + " write it again with 'loclint baseline write'");
    }
}

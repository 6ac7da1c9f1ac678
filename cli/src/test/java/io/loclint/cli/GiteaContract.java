package io.loclint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.loclint.cli.gitea.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gitea's own API description (the test resource {@code gitea/gitea-api-subset.json}, Swagger 2.0; its source and
 * licence are in the README beside it) as a checker of the
 * requests loclint sends and of the answers the fake server gives: the path must be one of the spec's path templates
 * (with integer path parameters where the spec says integer), the method one the path has, every query parameter
 * declared, a body only where the operation takes one, and that body valid against the referenced definition
 * (json-schema-validator, draft 4 — Swagger 2.0 schemas are a draft-4 subset) and using no property the definition
 * does not declare (a hand check: the spec has no {@code additionalProperties: false}, but sending an unknown field
 * means loclint got the shape wrong).
 */
final class GiteaContract {
    /** The spec operation a request matched. */
    record Operation(String template, String method, Map<String, String> pathParams, Map<String, Object> spec) {
    }

    private static final String RESOURCE = "/gitea/gitea-api-subset.json";

    private final Map<String, Object> spec;
    private final String definitionsJson;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)));
    private final Map<String, Schema> schemas = new HashMap<>();

    @SuppressWarnings("unchecked")
    GiteaContract() {
        try (InputStream in = GiteaContract.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + RESOURCE + " is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            spec = (Map<String, Object>) Json.parse(text);
            definitionsJson = subtree(text, "definitions");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Gitea API subset " + RESOURCE, e);
        }
    }

    String basePath() {
        return (String) spec.get("basePath");
    }

    /** Violations of the spec by one request; empty when it conforms. */
    List<String> checkRequest(String method, String rawPath, String rawQuery, String body) {
        List<String> problems = new ArrayList<>();
        String where = method + " " + rawPath;
        Operation op = match(method, rawPath, problems);
        if (op == null) {
            return problems;
        }
        List<Map<String, Object>> params = parameters(op.spec());
        for (Map<String, Object> p : params) {
            if ("path".equals(p.get("in")) && "integer".equals(p.get("type"))
                    && !op.pathParams().get((String) p.get("name")).matches("[0-9]+")) {
                problems.add(where + ": path parameter " + p.get("name") + " is not an integer");
            }
        }
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                String value = pair.contains("=") ? URLDecoder.decode(pair.split("=", 2)[1], StandardCharsets.UTF_8)
                        : "";
                Map<String, Object> declared = params.stream()
                        .filter(p -> "query".equals(p.get("in")) && name.equals(p.get("name"))).findFirst().orElse(null);
                if (declared == null) {
                    problems.add(where + ": query parameter '" + name + "' is not in the spec");
                } else if ("integer".equals(declared.get("type")) && !value.matches("[0-9]+")) {
                    problems.add(where + ": query parameter '" + name + "' is not an integer");
                }
            }
        }
        Map<String, Object> bodyParam = params.stream().filter(p -> "body".equals(p.get("in"))).findFirst()
                .orElse(null);
        boolean hasBody = body != null && !body.isBlank();
        if (bodyParam == null) {
            if (hasBody) {
                problems.add(where + ": the operation takes no body but one was sent");
            }
            return problems;
        }
        if (!hasBody) {
            problems.add(where + ": the operation takes a body (" + ref(bodyParam.get("schema")) + ") but none was sent");
            return problems;
        }
        problems.addAll(checkJson(where, ref(bodyParam.get("schema")), body, true));
        return problems;
    }

    /** Violations of the spec by an answer of the fake server. */
    List<String> checkResponse(Operation op, int status, String body) {
        Object responses = Json.at(op.spec(), "responses");
        Object response = Json.at(responses, String.valueOf(status));
        String where = "answer " + status + " to " + op.method().toUpperCase(Locale.ROOT) + " " + op.template();
        if (response == null) {
            return List.of(where + ": the spec lists no such status");
        }
        String responseRef = Json.string(response, "$ref");
        Object resolved = responseRef == null ? response
                : Json.at(spec, "responses", responseRef.substring("#/responses/".length()));
        Object schema = Json.at(resolved, "schema");
        if (schema == null) {
            return List.of();
        }
        String schemaJson = schemaJson(schema);
        return validate(where, schemaJson, body);
    }

    Operation match(String method, String rawPath, List<String> problems) {
        String base = basePath();
        if (!rawPath.startsWith(base + "/")) {
            problems.add(method + " " + rawPath + ": not under the API base path " + base);
            return null;
        }
        String[] actual = rawPath.substring(base.length()).split("/", -1);
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) spec.get("paths");
        for (Map.Entry<String, Object> entry : paths.entrySet()) {
            String[] template = entry.getKey().split("/", -1);
            if (template.length != actual.length) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            boolean ok = true;
            for (int i = 0; i < template.length && ok; i++) {
                String decoded = URLDecoder.decode(actual[i], StandardCharsets.UTF_8);
                if (template[i].startsWith("{") && template[i].endsWith("}")) {
                    ok = !decoded.isEmpty();
                    values.put(template[i].substring(1, template[i].length() - 1), decoded);
                } else {
                    ok = template[i].equals(decoded);
                }
            }
            if (!ok) {
                continue;
            }
            Object operation = Json.at(entry.getValue(), method.toLowerCase(Locale.ROOT));
            if (operation == null) {
                problems.add(method + " " + rawPath + ": the spec's " + entry.getKey() + " has no "
                        + method.toLowerCase(Locale.ROOT));
                return null;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> opSpec = (Map<String, Object>) operation;
            return new Operation(entry.getKey(), method.toLowerCase(Locale.ROOT), values, opSpec);
        }
        problems.add(method + " " + rawPath + ": no path in the spec matches");
        return null;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parameters(Map<String, Object> operation) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object p : Json.array(operation.get("parameters"))) {
            out.add((Map<String, Object>) p);
        }
        return out;
    }

    private static String ref(Object schema) {
        String ref = Json.string(schema, "$ref");
        if (ref == null || !ref.startsWith("#/definitions/")) {
            throw new IllegalStateException("body schema is not a definition reference: " + schema);
        }
        return ref.substring("#/definitions/".length());
    }

    private List<String> checkJson(String where, String definition, String body, boolean strict) {
        List<String> problems = new ArrayList<>(validate(where, schemaJson(Map.of("$ref", "#/definitions/"
                + definition)), body));
        if (strict && problems.isEmpty()) {
            try {
                undeclared(where, Json.parse(body), Map.of("$ref", "#/definitions/" + definition), "", problems);
            } catch (IOException e) {
                problems.add(where + ": body is not JSON");
            }
        }
        return problems;
    }

    private List<String> validate(String where, String schemaJson, String body) {
        Schema schema = schemas.computeIfAbsent(schemaJson, s -> registry.getSchema(
                SchemaLocation.of("https://loclint.invalid/gitea/schema-" + schemas.size() + ".json"), s,
                InputFormat.JSON));
        List<String> problems = new ArrayList<>();
        try {
            Json.parse(body);
        } catch (IOException e) {
            return List.of(where + ": body is not JSON: " + e.getMessage());
        }
        schema.validate(body, InputFormat.JSON).forEach(e -> problems.add(where + ": " + e.getMessage()));
        return problems;
    }

    /** Every property in {@code value} must be declared by its schema, all the way down. */
    private void undeclared(String where, Object value, Object schema, String path, List<String> problems) {
        Object resolved = schema;
        while (Json.string(resolved, "$ref") != null) {
            String name = Json.string(resolved, "$ref").substring("#/definitions/".length());
            resolved = Json.at(spec, "definitions", name);
        }
        if (value instanceof Map<?, ?> object) {
            Object properties = Json.at(resolved, "properties");
            if (properties instanceof Map<?, ?> declared) {
                object.forEach((k, v) -> {
                    if (!declared.containsKey(k)) {
                        problems.add(where + ": property " + path + "/" + k + " is not declared by the spec");
                    } else {
                        undeclared(where, v, declared.get(k), path + "/" + k, problems);
                    }
                });
            }
        } else if (value instanceof List<?> array) {
            Object items = Json.at(resolved, "items");
            for (int i = 0; i < array.size(); i++) {
                undeclared(where, array.get(i), items, path + "/" + i, problems);
            }
        }
    }

    /** A stand-alone draft-4 schema: the given schema, with the spec's definitions beside it for its references. */
    private String schemaJson(Object schema) {
        return "{\"definitions\": " + definitionsJson + ", \"allOf\": [" + write(schema) + "]}";
    }

    private static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            writeValue(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName((String) e.getKey());
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                writeValue(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeNull();
        }
    }

    /** The text of a top-level member, copied token by token. */
    private static String subtree(String text, String member) throws IOException {
        JsonFactory factory = new JsonFactory();
        try (JsonParser parser = factory.createParser(text)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals(member)) {
                    StringWriter out = new StringWriter();
                    try (JsonGenerator g = factory.createGenerator(out)) {
                        g.copyCurrentStructure(parser);
                    }
                    return out.toString();
                }
                parser.skipChildren();
            }
        }
        throw new IOException("no top-level '" + member + "'");
    }
}

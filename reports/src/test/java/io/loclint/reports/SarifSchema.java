package io.loclint.reports;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The OASIS SARIF 2.1.0 schema from {@code ../shared/sarif/}, loaded from the local file only.
 *
 * <p>The file declares {@code "$schema": "http://json-schema.org/draft-04/schema#"} (and uses draft-04's
 * {@code id}), so it is read as draft-04; the meta-schema comes from the validator's jar and remote fetching is
 * switched off, so a test run never touches the network. {@code format} is asserted, so an artifact URI that is
 * not a valid URI reference fails. All {@code $ref}s in the file are local
 * ({@code #/definitions/...}).
 */
public final class SarifSchema {

    private static Schema schema;

    static Path schemaFile() {
        String shared = System.getProperty("loclint.shared.dir");
        if (shared != null) {
            Path candidate = Path.of(shared, "sarif", "sarif-schema-2.1.0.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return Path.of("..", "..", "shared", "sarif", "sarif-schema-2.1.0.json");
    }

    static synchronized Schema schema() {
        if (schema == null) {
            Path file = schemaFile();
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the SARIF schema at " + file.toAbsolutePath(), e);
            }
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                    builder -> builder
                            .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                            .schemaLoader(loader -> loader.fetchRemoteResources(false)));
            schema = registry.getSchema(SchemaLocation.of(file.toAbsolutePath().toUri().toString()), text,
                    InputFormat.JSON);
        }
        return schema;
    }

    public static List<Error> validate(String json) {
        return schema().validate(json, InputFormat.JSON);
    }

    private SarifSchema() {
    }
}

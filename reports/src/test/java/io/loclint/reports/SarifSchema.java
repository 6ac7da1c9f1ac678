package io.loclint.reports;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The OASIS SARIF 2.1.0 schema, a test resource of this module ({@code sarif/sarif-schema-2.1.0.json}, with its
 * source and licence beside it), loaded from the class path only.
 *
 * <p>The file declares {@code "$schema": "http://json-schema.org/draft-04/schema#"} (and uses draft-04's
 * {@code id}), so it is read as draft-04; the meta-schema comes from the validator's jar and remote fetching is
 * switched off, so a test run never touches the network. {@code format} is asserted, so an artifact URI that is
 * not a valid URI reference fails. All {@code $ref}s in the file are local
 * ({@code #/definitions/...}).
 */
public final class SarifSchema {

    private static Schema schema;

    static final String RESOURCE = "/sarif/sarif-schema-2.1.0.json";
    /** The schema's own id: its {@code $ref}s are all local, so they resolve against it without a fetch. */
    static final String SCHEMA_ID = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    static String schemaText() {
        try (InputStream in = SarifSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the SARIF schema " + RESOURCE, e);
        }
    }

    static synchronized Schema schema() {
        if (schema == null) {
            String text = schemaText();
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                    builder -> builder
                            .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                            .schemaLoader(loader -> loader.fetchRemoteResources(false)));
            schema = registry.getSchema(SchemaLocation.of(SCHEMA_ID), text,
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

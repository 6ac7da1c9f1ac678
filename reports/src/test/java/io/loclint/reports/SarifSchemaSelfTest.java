package io.loclint.reports;

import com.networknt.schema.Error;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Proves the schema check can fail, so the validation test cannot pass by validating nothing. */
class SarifSchemaSelfTest {

    @Test
    void theSchemaIsTheBundledOasisOne() {
        assertTrue(SarifSchema.schemaText().contains("\"id\": \"" + SarifSchema.SCHEMA_ID + "\""));
    }

    @Test
    void aDocumentWithoutVersionIsRejected() {
        assertInvalid("{\"runs\": []}");
    }

    @Test
    void aWrongVersionIsRejected() {
        assertInvalid("{\"version\": \"2.0.0\", \"runs\": []}");
    }

    @Test
    void aBadResultLevelAndLineAreRejected() {
        String sarif = Samples.render(new SarifReporter(), Samples.representative());
        assertTrue(SarifSchema.validate(sarif).isEmpty());
        assertInvalid(sarif.replaceFirst("\"level\": \"error\"", "\"level\": \"fatal\""));
        assertInvalid(sarif.replaceFirst("\"startLine\": 3,", "\"startLine\": 0,"));
        assertInvalid(sarif.replaceFirst("\"text\": \"image", "\"txt\": \"image"));
        assertInvalid(sarif.replaceFirst("charts/values%20prod.yaml", "charts/values prod.yaml"));
        assertInvalid(sarif.replaceFirst("\"columnKind\": \"utf16CodeUnits\"", "\"columnKind\": \"bytes\""));
    }

    private static void assertInvalid(String json) {
        List<Error> errors = SarifSchema.validate(json);
        assertFalse(errors.isEmpty(), () -> "expected schema errors for:\n" + json);
    }
}

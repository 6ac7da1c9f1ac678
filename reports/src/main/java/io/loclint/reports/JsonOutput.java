package io.loclint.reports;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The one place JSON generators are made: UTF-8, two-space indent, {@code \n} line ends on every platform,
 * {@code "key": value} spacing, the caller's stream left open.
 */
public final class JsonOutput {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();

    private JsonOutput() {
    }

    public static JsonGenerator open(OutputStream out) throws IOException {
        JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        gen.setPrettyPrinter(new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
        return gen;
    }

    /** Ends the document with a newline and flushes; does not close the caller's stream. */
    public static void finish(JsonGenerator gen) throws IOException {
        gen.writeRaw('\n');
        gen.close();
    }

    static void stringOrNull(JsonGenerator gen, String field, String value) throws IOException {
        if (value == null) {
            gen.writeNullField(field);
        } else {
            gen.writeStringField(field, value);
        }
    }

    /** Positions that are unknown (0 or negative) are written as null. */
    static void positionOrNull(JsonGenerator gen, String field, int value) throws IOException {
        if (value > 0) {
            gen.writeNumberField(field, value);
        } else {
            gen.writeNullField(field);
        }
    }
}

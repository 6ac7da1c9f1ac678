package io.loclint.rules;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NamingRulesTest {
    @Test
    void snakeCaseSuggestions() {
        assertEquals("data_processing_job", Naming.toSnakeCase("DataProcessingJob"));
        assertEquals("http_server_job", Naming.toSnakeCase("HTTPServerJob"));
        assertEquals("normalise_stock", Naming.toSnakeCase("normalise-stock"));
        assertEquals("n_2nd_run", Naming.toSnakeCase("2nd run"));
    }
}

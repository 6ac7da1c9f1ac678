package io.loclint.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checker the fake Gitea uses must itself catch wrong requests, or the contract test proves nothing. */
class GiteaContractTest {
    static final GiteaContract CONTRACT = new GiteaContract();
    static final String REVIEWS = "/api/v1/repos/o/r/pulls/3/reviews";

    static void rejects(String method, String path, String query, String body, String expected) {
        List<String> problems = CONTRACT.checkRequest(method, path, query, body);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), expected + " not in " + problems);
    }

    @Test
    void acceptsAWellFormedReview() {
        assertEquals(List.of(), CONTRACT.checkRequest("POST", REVIEWS, null, "{\"event\":\"COMMENT\",\"body\":\"b\","
                + "\"commit_id\":\"abc\",\"comments\":[{\"path\":\"a.py\",\"body\":\"x\",\"new_position\":3,"
                + "\"old_position\":0}]}"));
    }

    @Test
    void rejectsWrongShapes() {
        rejects("POST", REVIEWS, null, "{\"event\":\"COMMENT\",\"comments\":[{\"path\":\"a.py\",\"line\":3}]}",
                "/comments/0/line is not declared");
        rejects("POST", REVIEWS, null, "{\"comments\":[{\"path\":\"a.py\",\"new_position\":\"3\"}]}", "integer");
        rejects("POST", REVIEWS, null, "", "takes a body");
        rejects("POST", "/api/v1/repos/o/r/issues/3/comments", null, "{}", "body");
        rejects("PUT", "/api/v1/repos/o/r/issues/comments/5", null, "{\"body\":\"x\"}", "has no put");
        rejects("POST", "/api/v1/repos/o/r/pulls/3/comments", null, "{\"body\":\"x\"}", "no path in the spec");
        rejects("GET", "/api/v1/repos/o/r/pulls/x", null, null, "not an integer");
        rejects("GET", "/api/v1/repos/o/r/pulls/3/files", "per_page=5", null, "'per_page' is not in the spec");
        rejects("GET", "/api/v1/repos/o/r/pulls/3", null, "{}", "takes no body");
        rejects("POST", "/api/v1/repos/o/r/statuses/abc", null, "{\"state\":1}", "string");
        rejects("GET", "/repos/o/r/pulls/3", null, null, "not under the API base path");
    }
}

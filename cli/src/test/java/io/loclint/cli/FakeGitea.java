package io.loclint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.loclint.cli.gitea.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A fake Gitea on 127.0.0.1 that checks every request against {@link GiteaContract} (path, method, query, body) and
 * the token header, checks its own answers against the same spec, and keeps the state loclint changes: issue
 * comments, reviews and commit statuses.
 */
final class FakeGitea implements AutoCloseable {
    record Request(String method, String path, String query, String authorization, String body) {
        Object json() {
            try {
                return Json.parse(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    record ChangedFile(String filename, String status) {
    }

    record IssueComment(long id, String body, String user) {
    }

    /** A posted review as Gitea keeps it; its line comments keep the head-side line they were posted on. */
    record Review(long id, String body, String state, String commitId, List<ReviewComment> comments) {
    }

    record ReviewComment(long id, String path, long position, String body) {
    }

    final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    final List<IssueComment> comments = Collections.synchronizedList(new ArrayList<>());
    final List<Request> reviews = Collections.synchronizedList(new ArrayList<>());
    /** The reviews Gitea lists for the pull request, loclint's and others'. */
    final List<Review> storedReviews = Collections.synchronizedList(new ArrayList<>());
    final List<Request> statuses = Collections.synchronizedList(new ArrayList<>());

    private final GiteaContract contract;
    private final HttpServer server;
    private final String owner;
    private final String repo;
    private final long number;
    private final String token;
    String headSha;
    String baseSha;
    List<ChangedFile> files = List.of();
    /** Gitea caps page sizes; a small cap makes loclint page. */
    int maxPageSize = 2;
    /** When set, every request is answered with this status and Gitea's error body. */
    int forcedStatus;
    /** When set, REQUEST_CHANGES reviews are refused with 422, as Gitea does for the pull request's author. */
    boolean refuseRequestChanges;
    private long nextId = 100;

    FakeGitea(GiteaContract contract, String owner, String repo, long number, String token) throws IOException {
        this.contract = contract;
        this.owner = owner;
        this.repo = repo;
        this.number = number;
        this.token = token;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    List<Request> writes() {
        return requests.stream().filter(r -> !r.method().equals("GET")).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            Request request = new Request(method, path, query, auth, body);
            requests.add(request);
            violations.addAll(contract.checkRequest(method, path, query, body));
            if (token != null && !("token " + token).equals(auth)) {
                violations.add(method + " " + path + ": Authorization is not 'token <TOKEN>'");
            }
            List<String> ignored = new ArrayList<>();
            GiteaContract.Operation op = contract.match(method, path, ignored);
            if (op == null) {
                respond(exchange, null, 404, "");
                return;
            }
            if (forcedStatus != 0) {
                respond(exchange, null, forcedStatus, error(forcedStatus == 401 ? "token is required"
                        : forcedStatus == 403 ? "user should have a permission to write to a repo" : "not found"));
                return;
            }
            Map<String, String> p = op.pathParams();
            if (!owner.equals(p.get("owner")) || !repo.equals(p.get("repo"))
                    || (p.containsKey("index") && !String.valueOf(number).equals(p.get("index")))) {
                respond(exchange, op, 404, "");
                return;
            }
            String key = op.method() + " " + op.template();
            switch (key) {
                case "get /repos/{owner}/{repo}/pulls/{index}" -> respond(exchange, op, 200, pullRequest());
                case "get /repos/{owner}/{repo}/pulls/{index}/files" -> changedFiles(exchange, op, query);
                case "post /repos/{owner}/{repo}/pulls/{index}/reviews" -> {
                    if (refuseRequestChanges && "REQUEST_CHANGES".equals(Json.string(request.json(), "event"))) {
                        respond(exchange, op, 422, error("reject your own pull is not allowed"));
                        return;
                    }
                    reviews.add(request);
                    Review review = store(request);
                    respond(exchange, op, 200, json(g -> writeReview(g, review)));
                }
                case "get /repos/{owner}/{repo}/pulls/{index}/reviews" -> reviewList(exchange, op, query);
                case "get /repos/{owner}/{repo}/pulls/{index}/reviews/{id}/comments" -> {
                    long id = Long.parseLong(p.get("id"));
                    Review review = storedReviews.stream().filter(r -> r.id() == id).findFirst().orElse(null);
                    if (review == null) {
                        respond(exchange, op, 404, "");
                        return;
                    }
                    respond(exchange, op, 200, json(g -> {
                        g.writeStartArray();
                        for (ReviewComment c : review.comments()) {
                            g.writeStartObject();
                            g.writeNumberField("id", c.id());
                            g.writeStringField("body", c.body());
                            g.writeStringField("path", c.path());
                            g.writeNumberField("position", c.position());
                            g.writeNumberField("original_position", 0);
                            g.writeStringField("commit_id", review.commitId());
                            g.writeNumberField("pull_request_review_id", review.id());
                            g.writeObjectFieldStart("user");
                            g.writeStringField("login", "gitea-actions");
                            g.writeEndObject();
                            g.writeEndObject();
                        }
                        g.writeEndArray();
                    }));
                }
                case "get /repos/{owner}/{repo}/issues/{index}/comments" -> respond(exchange, op, 200, commentList());
                case "post /repos/{owner}/{repo}/issues/{index}/comments" -> {
                    IssueComment c = new IssueComment(nextId++, Json.string(request.json(), "body"), "gitea-actions");
                    comments.add(c);
                    respond(exchange, op, 201, comment(c));
                }
                case "patch /repos/{owner}/{repo}/issues/comments/{id}" -> {
                    long id = Long.parseLong(p.get("id"));
                    int at = -1;
                    for (int i = 0; i < comments.size(); i++) {
                        at = comments.get(i).id() == id ? i : at;
                    }
                    if (at < 0) {
                        respond(exchange, op, 404, "");
                        return;
                    }
                    IssueComment c = new IssueComment(id, Json.string(request.json(), "body"), comments.get(at).user());
                    comments.set(at, c);
                    respond(exchange, op, 200, comment(c));
                }
                case "post /repos/{owner}/{repo}/statuses/{sha}" -> {
                    statuses.add(request);
                    respond(exchange, op, 201, status(request, p.get("sha")));
                }
                default -> {
                    violations.add(method + " " + path + ": loclint has no business calling " + key);
                    respond(exchange, op, 404, "");
                }
            }
        } catch (RuntimeException e) {
            violations.add("fake server failed: " + e);
            throw e;
        }
    }

    private void respond(HttpExchange exchange, GiteaContract.Operation op, int status, String body)
            throws IOException {
        if (op != null && !body.isEmpty()) {
            violations.addAll(contract.checkResponse(op, status, body));
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private Review store(Request request) {
        Object body = request.json();
        List<ReviewComment> comments = new ArrayList<>();
        for (Object c : Json.array(Json.at(body, "comments"))) {
            comments.add(new ReviewComment(nextId++, Json.string(c, "path"), Json.number(c, "new_position"),
                    Json.string(c, "body")));
        }
        Review review = new Review(nextId++, Json.string(body, "body"), Json.string(body, "event"),
                Json.string(body, "commit_id"), List.copyOf(comments));
        storedReviews.add(review);
        return review;
    }

    private void reviewList(HttpExchange exchange, GiteaContract.Operation op, String query) throws IOException {
        List<Review> all = List.copyOf(storedReviews);
        int[] window = page(exchange, query, all.size());
        respond(exchange, op, 200, json(g -> {
            g.writeStartArray();
            for (Review r : all.subList(window[0], window[1])) {
                writeReview(g, r);
            }
            g.writeEndArray();
        }));
    }

    private void writeReview(JsonGenerator g, Review r) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", r.id());
        g.writeStringField("body", r.body());
        g.writeStringField("state", r.state());
        g.writeStringField("commit_id", r.commitId());
        g.writeNumberField("comments_count", r.comments().size());
        g.writeEndObject();
    }

    /** Reads page and limit as Gitea does (limit capped), sets its paging headers, returns [from, to). */
    private int[] page(HttpExchange exchange, String query, int total) {
        int page = 1;
        int limit = maxPageSize;
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].equals("page")) {
                    page = Integer.parseInt(kv[1]);
                } else if (kv[0].equals("limit")) {
                    limit = Math.min(maxPageSize, Integer.parseInt(kv[1]));
                }
            }
        }
        int from = Math.min(total, (page - 1) * limit);
        int to = Math.min(total, from + limit);
        int pages = Math.max(1, (total + limit - 1) / limit);
        exchange.getResponseHeaders().set("X-Total", String.valueOf(total));
        exchange.getResponseHeaders().set("X-Page", String.valueOf(page));
        exchange.getResponseHeaders().set("X-PerPage", String.valueOf(limit));
        exchange.getResponseHeaders().set("X-PageCount", String.valueOf(pages));
        exchange.getResponseHeaders().set("X-HasMore", String.valueOf(page < pages));
        return new int[]{from, to};
    }

    private void changedFiles(HttpExchange exchange, GiteaContract.Operation op, String query) throws IOException {
        int[] window = page(exchange, query, files.size());
        int from = window[0];
        int to = window[1];
        String body = json(g -> {
            g.writeStartArray();
            for (ChangedFile f : files.subList(from, to)) {
                g.writeStartObject();
                g.writeStringField("filename", f.filename());
                g.writeStringField("status", f.status());
                g.writeNumberField("additions", 1);
                g.writeNumberField("deletions", 0);
                g.writeNumberField("changes", 1);
                g.writeEndObject();
            }
            g.writeEndArray();
        });
        respond(exchange, op, 200, body);
    }

    private String pullRequest() {
        return json(g -> {
            g.writeStartObject();
            g.writeNumberField("id", 1);
            g.writeNumberField("number", number);
            g.writeStringField("state", "open");
            g.writeStringField("title", "Rename things");
            g.writeObjectFieldStart("head");
            g.writeStringField("ref", "feature");
            g.writeStringField("sha", headSha);
            g.writeEndObject();
            g.writeObjectFieldStart("base");
            g.writeStringField("ref", "main");
            g.writeStringField("sha", baseSha);
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private String commentList() {
        return json(g -> {
            g.writeStartArray();
            synchronized (comments) {
                for (IssueComment c : comments) {
                    writeComment(g, c);
                }
            }
            g.writeEndArray();
        });
    }

    private String comment(IssueComment c) {
        return json(g -> writeComment(g, c));
    }

    private void writeComment(JsonGenerator g, IssueComment c) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", c.id());
        g.writeStringField("body", c.body());
        g.writeStringField("html_url", url() + "/" + owner + "/" + repo + "/pulls/" + number + "#issuecomment-"
                + c.id());
        g.writeStringField("created_at", "2024-05-01T10:00:00Z");
        g.writeObjectFieldStart("user");
        g.writeStringField("login", c.user());
        g.writeEndObject();
        g.writeEndObject();
    }

    private String status(Request request, String sha) {
        Object body = request.json();
        return json(g -> {
            g.writeStartObject();
            g.writeNumberField("id", nextId++);
            g.writeStringField("status", Json.string(body, "state"));
            g.writeStringField("context", Json.string(body, "context"));
            g.writeStringField("description", Json.string(body, "description"));
            if (Json.string(body, "target_url") != null) {
                g.writeStringField("target_url", Json.string(body, "target_url"));
            }
            g.writeStringField("url", url() + "/api/v1/repos/" + owner + "/" + repo + "/statuses/" + sha);
            g.writeEndObject();
        });
    }

    private static String error(String message) {
        return json(g -> {
            g.writeStartObject();
            g.writeStringField("message", message);
            g.writeStringField("url", "https://gitea.example/api/swagger");
            g.writeEndObject();
        });
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String json(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

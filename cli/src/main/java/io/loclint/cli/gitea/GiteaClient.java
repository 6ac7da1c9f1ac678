package io.loclint.cli.gitea;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The few Gitea REST calls loclint makes ({@code java.net.http}, JSON by jackson-core). Every request carries
 * {@code Authorization: token ...} when there is a token. A refusal or a network error becomes a one-line
 * {@link GiteaException} naming the request, the HTTP status and what to check; the token never appears in it.
 *
 * <p>In dry-run mode reads still go to the server (they are needed to know the head commit and the changed files),
 * while writes are printed to {@code dryRunOut} instead of being sent.
 */
public final class GiteaClient {
    /** A parsed answer and the headers loclint reads (paging). */
    public record Response(int status, Object json, java.net.http.HttpHeaders headers) {
        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final GiteaSettings settings;
    private final HttpClient http;
    private final PrintStream dryRunOut;
    private final Duration timeout;

    /** @param dryRunOut where writes are printed instead of sent, or null to send them */
    public GiteaClient(GiteaSettings settings, PrintStream dryRunOut) {
        this(settings, dryRunOut, TIMEOUT);
    }

    /** @param timeout the most one request may take, from connecting to the last byte of the answer */
    public GiteaClient(GiteaSettings settings, PrintStream dryRunOut, Duration timeout) {
        this.settings = settings;
        this.dryRunOut = dryRunOut;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    /** POST or PATCH {@code json}; in dry-run mode prints the request and returns null. */
    public Response write(String method, String path, String json) {
        if (dryRunOut != null) {
            dryRunOut.println(method + " " + settings.apiBase() + path);
            dryRunOut.println("Authorization: token ***");
            dryRunOut.println("Content-Type: application/json");
            dryRunOut.println();
            dryRunOut.println(json);
            dryRunOut.println();
            dryRunOut.flush();
            return null;
        }
        return send(method, path, json);
    }

    private Response send(String method, String path, String json) {
        String what = method + " " + pathOnly(path);
        URI uri = URI.create(settings.apiBase() + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "application/json")
                .header("User-Agent", "loclint");
        if (settings.token() != null) {
            request.header("Authorization", "token " + settings.token());
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = exchange(request.build());
        } catch (HttpConnectTimeoutException e) {
            throw new GiteaException("cannot reach Gitea at " + settings.server() + " (" + what + "): the connection"
                    + " timed out; check --server or GITEA_SERVER_URL and the network");
        } catch (HttpTimeoutException e) {
            throw new GiteaException("Gitea at " + settings.server() + " did not answer " + what + " within "
                    + timeout.toSeconds() + " s; try again or check the server");
        } catch (ConnectException e) {
            throw new GiteaException("cannot reach Gitea at " + settings.server() + " (" + what + "): connection"
                    + " refused; check --server or GITEA_SERVER_URL");
        } catch (IOException e) {
            throw new GiteaException("cannot reach Gitea at " + settings.server() + " (" + what + "): "
                    + describe(e) + "; check --server or GITEA_SERVER_URL and the network");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GiteaException("interrupted while waiting for Gitea (" + what + ")");
        }
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            throw new GiteaException(refusal(status, what, serverMessage(response.body())), status);
        }
        Object body = null;
        String text = response.body();
        if (text != null && !text.isBlank()) {
            try {
                body = Json.parse(text);
            } catch (IOException | RuntimeException e) {
                throw new GiteaException("Gitea answered " + what + " with HTTP " + status + " but not with JSON;"
                        + " check that --server points at the Gitea root URL");
            }
        }
        return new Response(status, body, response.headers());
    }

    /**
     * Sends the request and reads the whole answer within {@link #timeout}. The request's own timeout ends at the
     * answer's headers: a server that then sends its body a byte at a time would hold the run forever.
     */
    private HttpResponse<String> exchange(HttpRequest request) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<String>> pending = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            return pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new HttpTimeoutException("no whole answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause() == null ? "the request failed" : e.getCause().toString());
        }
    }

    private String refusal(int status, String what, String serverMessage) {
        String said = serverMessage == null ? "" : " (\"" + serverMessage + "\")";
        String tokenName = settings.tokenName() == null ? "GITEA_TOKEN" : settings.tokenName();
        String repository = settings.owner() + "/" + settings.repo();
        return switch (status) {
            case 401 -> "Gitea refused the token with HTTP 401 for " + what + said + "; check that " + tokenName
                    + (settings.token() == null ? " is set" : " holds a valid, unexpired access token");
            case 403 -> "Gitea refused " + what + " with HTTP 403" + said + "; the token in " + tokenName
                    + " needs write access to the issues and pull requests of " + repository
                    + " (a workflow on a pull request from a fork only gets a read-only token)";
            case 404 -> "Gitea answered HTTP 404 for " + what + said + "; check the server (" + settings.server()
                    + "), the repository (" + repository + "), the pull request number (" + settings.pullRequest()
                    + ") and that the token can see the repository";
            default -> "Gitea answered HTTP " + status + " for " + what + said
                    + (status >= 500 ? "; the server failed, try again later" : "; check the request and the server's log");
        };
    }

    /** Gitea's error body is {@code {"message": ..., "url": ...}}; keep one short line of the message. */
    private String serverMessage(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            String message = Json.string(Json.parse(body), "message");
            if (message == null || message.isBlank()) {
                return null;
            }
            String line = message.strip().replaceAll("\\s+", " ");
            if (settings.token() != null) {
                line = line.replace(settings.token(), "***");
            }
            return line.length() > 200 ? line.substring(0, 200) + "..." : line;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String pathOnly(String path) {
        int query = path.indexOf('?');
        return "/api/v1" + (query < 0 ? path : path.substring(0, query));
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return kind;
        }
        String line = message.strip().replaceAll("\\s+", " ");
        return kind + ": " + (line.length() > 160 ? line.substring(0, 160) + "..." : line);
    }

    /** Percent-encodes one path segment (owner, repository, SHA). */
    public static String segment(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }
}

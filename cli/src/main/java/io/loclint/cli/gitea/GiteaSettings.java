package io.loclint.cli.gitea;

import io.loclint.engine.result.MessageRedaction;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where to post: the server, the repository, the pull request and the token, from flags first and then from the
 * environment Gitea Actions provides ({@code GITEA_SERVER_URL}/{@code GITHUB_SERVER_URL}, {@code GITHUB_REPOSITORY},
 * {@code GITHUB_EVENT_PATH}'s {@code pull_request.number} or {@code GITHUB_REF} {@code refs/pull/N/...},
 * {@code GITEA_TOKEN}/{@code GITHUB_TOKEN}).
 *
 * <p>The token is only ever read from an environment variable, never from a flag, so it does not show in process
 * lists or shell history; {@link #toString()} hides it.
 *
 * @param server    the server's base URL without a trailing slash, e.g. {@code https://gitea.example.com}
 * @param tokenName the environment variable the token came from (for messages), or null
 */
public record GiteaSettings(URI server, String owner, String repo, long pullRequest, String token, String tokenName) {
    private static final Pattern REPOSITORY = Pattern.compile("^([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)$");
    private static final Pattern PULL_REF = Pattern.compile("^refs/pull/([0-9]+)/(head|merge)$");
    private static final MessageRedaction REDACTION = MessageRedaction.installed();

    /** The API root, {@code <server>/api/v1}. */
    public String apiBase() {
        return server.toString() + "/api/v1";
    }

    @Override
    public String toString() {
        return "GiteaSettings[server=" + server + ", repository=" + owner + "/" + repo + ", pullRequest=" + pullRequest
                + ", token=" + (token == null ? "none" : "***") + "]";
    }

    /**
     * Resolves the settings.
     *
     * @param tokenEnv     the variable named by {@code --token-env}, or null for GITEA_TOKEN then GITHUB_TOKEN
     * @param tokenOptional true for {@code --dry-run}, which only reads and may work without a token
     */
    public static GiteaSettings resolve(Map<String, String> env, String serverFlag, String repoFlag, Long prFlag,
                                        String tokenEnv, boolean tokenOptional) {
        URI server = server(firstNonBlank(serverFlag, env.get("GITEA_SERVER_URL"), env.get("GITHUB_SERVER_URL")));
        String repository = firstNonBlank(repoFlag, env.get("GITHUB_REPOSITORY"));
        if (repository == null) {
            throw new GiteaException("no repository: pass --repo OWNER/REPO or set GITHUB_REPOSITORY (Gitea Actions"
                    + " sets it)");
        }
        Matcher m = REPOSITORY.matcher(repository.trim());
        if (!m.matches()) {
            throw new GiteaException("repository '" + repository + "' is not OWNER/REPO; check --repo or"
                    + " GITHUB_REPOSITORY");
        }
        long pr = prFlag != null ? prFlag : pullRequest(env);
        if (pr <= 0) {
            throw new GiteaException("pull request number " + pr + " is not positive; check --pr");
        }
        String tokenName = null;
        String token = null;
        if (tokenEnv != null) {
            tokenName = tokenEnv;
            token = blankToNull(env.get(tokenEnv));
            if (token == null && !tokenOptional) {
                throw new GiteaException("the environment variable " + tokenEnv + " named by --token-env is not set"
                        + " or empty; set it to a Gitea access token");
            }
        } else {
            for (String name : new String[]{"GITEA_TOKEN", "GITHUB_TOKEN"}) {
                token = blankToNull(env.get(name));
                if (token != null) {
                    tokenName = name;
                    break;
                }
            }
            if (token == null && !tokenOptional) {
                throw new GiteaException("no token: set GITEA_TOKEN or GITHUB_TOKEN to a Gitea access token (in a"
                        + " workflow: env: GITEA_TOKEN: ${{ secrets.GITEA_TOKEN }}), or name the variable with"
                        + " --token-env");
            }
        }
        if (token != null && (token.contains("\n") || token.contains("\r"))) {
            throw new GiteaException("the token in " + tokenName + " contains a line break; set it to the token"
                    + " alone");
        }
        token = token == null ? null : token.trim();
        // the HTTP client refuses such a header with a message quoting it whole, which --debug would print
        if (token != null && !token.chars().allMatch(c -> c > ' ' && c < 0x7F)) {
            throw new GiteaException("the token in " + tokenName + " holds a space, control or non-ASCII character"
                    + " that an HTTP header cannot carry; set it to the token alone");
        }
        return new GiteaSettings(server, m.group(1), m.group(2), pr, token, tokenName);
    }

    private static URI server(String text) {
        if (text == null) {
            throw new GiteaException("no Gitea server: pass --server URL or set GITEA_SERVER_URL or GITHUB_SERVER_URL"
                    + " (Gitea Actions sets them)");
        }
        String trimmed = text.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new URISyntaxException(trimmed, "not an http(s) URL without query or fragment");
            }
            if (uri.getRawUserInfo() != null) {
                // shown without its user part at all: the redaction keeps a password that looks like a stand-in
                // (changeme), and this one is in use
                URI withoutUser = new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null,
                        null);
                throw new GiteaException("server URL carries a user name or password, which loclint does not send;"
                        + " give it as " + withoutUser + " and the token in GITEA_TOKEN (or the variable named by"
                        + " --token-env)");
            }
            return uri;
        } catch (URISyntaxException e) {
            // past an '@' the text may hold a password in a form the redaction does not recognise (with a space)
            String quoted = text.indexOf('@') < 0 ? "'" + REDACTION.redact(text) + "'"
                    : "(not quoted: it has a user part)";
            throw new GiteaException("server " + quoted + " is not an http(s) URL like https://gitea.example.com;"
                    + " check --server, GITEA_SERVER_URL or GITHUB_SERVER_URL");
        }
    }

    private static long pullRequest(Map<String, String> env) {
        String eventPath = blankToNull(env.get("GITHUB_EVENT_PATH"));
        if (eventPath != null) {
            // a pipe or device would block the read forever
            if (Files.exists(Path.of(eventPath)) && !Files.isRegularFile(Path.of(eventPath))) {
                throw new GiteaException("GITHUB_EVENT_PATH '" + eventPath + "' is not a regular file");
            }
            Long number = eventNumber(Path.of(eventPath));
            if (number != null) {
                return number;
            }
        }
        String ref = blankToNull(env.get("GITHUB_REF"));
        if (ref != null) {
            Matcher m = PULL_REF.matcher(ref.trim());
            if (m.matches()) {
                return parsePr(m.group(1));
            }
        }
        throw new GiteaException("no pull request number: pass --pr N, or run on a pull_request event (GITHUB_EVENT_PATH"
                + " with pull_request.number, or GITHUB_REF refs/pull/N/head)");
    }

    private static Long eventNumber(Path eventFile) {
        try {
            Object event = Json.parse(Files.readString(eventFile));
            Long number = Json.number(event, "pull_request", "number");
            return number != null ? number : Json.number(event, "number");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long parsePr(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new GiteaException("pull request number '" + digits + "' is too large; check --pr or GITHUB_REF");
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (blankToNull(value) != null) {
                return value.trim();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

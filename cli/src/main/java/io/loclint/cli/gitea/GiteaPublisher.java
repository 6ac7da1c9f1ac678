package io.loclint.cli.gitea;

import com.fasterxml.jackson.core.JsonGenerator;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.Severity;
import io.loclint.reports.Fingerprints;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Publishes one finished run to a Gitea pull request: one review with a comment per finding on a changed line that
 * no earlier loclint review commented on that line (the rest folded into its body), one summary comment edited in
 * place on later runs, naming the earlier commented findings that are gone, and a commit status on the head commit.
 */
public final class GiteaPublisher {
    /** The commit status context; Gitea shows it next to the check's state. */
    public static final String CONTEXT = "loclint";
    private static final Pattern SHA = Pattern.compile("^[0-9a-fA-F]{4,64}$");
    private static final int PAGE_SIZE = 50;
    private static final int MAX_PAGES = 200;
    /** Gitea's review state for a review that requests changes. */
    private static final String REQUEST_CHANGES = "REQUEST_CHANGES";

    /**
     * What was done, for the final log line and for tests.
     *
     * @param alreadyCommented findings on changed lines that an earlier review already commented on that line
     * @param fixed            findings an earlier review commented on that this run no longer finds
     */
    public record Outcome(String headSha, int lineComments, int folded, boolean failing, String summaryAction,
                          boolean reviewPosted, int alreadyCommented, int fixed) {
    }

    private final GiteaClient client;
    private final GiteaSettings settings;
    private final PrintStream log;

    /** @param log where progress and warnings go (stderr); never gets the token */
    public GiteaPublisher(GiteaClient client, GiteaSettings settings, PrintStream log) {
        this.client = client;
        this.settings = settings;
        this.log = log;
    }

    /**
     * @param threshold   findings at or above it fail the check; null for {@code --fail-on never}
     * @param maxComments the most line comments in the review; the rest go into its body
     */
    public Outcome publish(RunResult result, Severity threshold, String failOnLabel, int maxComments) {
        String repoPath = "/repos/" + GiteaClient.segment(settings.owner()) + "/" + GiteaClient.segment(settings.repo());
        String pr = repoPath + "/pulls/" + settings.pullRequest();

        Object pull = client.get(pr).json();
        String head = Json.string(pull, "head", "sha");
        String base = Json.string(pull, "base", "sha");
        if (head == null || !SHA.matcher(head).matches()) {
            throw new GiteaException("Gitea's answer to GET /api/v1" + pr + " has no head.sha; check that pull"
                    + " request " + settings.pullRequest() + " exists and is open");
        }
        Map<String, String> changedFiles = changedFiles(pr);
        EarlierReviews earlier = earlierReviews(pr);
        Path top = topLevelOrNull(result.root());
        Map<String, NavigableSet<Integer>> changedLines = changedLines(top, base, head, changedFiles);

        List<Finding> findings = result.findings();
        boolean failing = threshold != null && findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
        List<String> repoPaths = findings.stream().map(f -> repositoryPath(result.root(), top, f.path())).toList();
        // fingerprinted by repository path, so a run from another folder still recognises its earlier comments
        List<Finding> inRepository = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            inRepository.add(new Finding(f.code(), f.severity(), f.message(), repoPaths.get(i), f.span(), f.symbol(),
                    f.hint()));
        }
        List<String> fingerprints = Fingerprints.of(inRepository);
        List<GiteaMarkdown.Placed> onLines = new ArrayList<>();
        List<GiteaMarkdown.Placed> outside = new ArrayList<>();
        int alreadyCommented = 0;
        for (int i = 0; i < findings.size(); i++) {
            GiteaMarkdown.Placed placed = new GiteaMarkdown.Placed(findings.get(i), repoPaths.get(i),
                    fingerprints.get(i));
            NavigableSet<Integer> lines = changedLines.get(placed.repoPath());
            if (lines == null || !lines.contains(placed.line())) {
                outside.add(placed);
            } else if (earlier.commentedOn(placed)) {
                alreadyCommented++;
            } else {
                onLines.add(placed);
            }
        }
        Set<String> current = Set.copyOf(fingerprints);
        // one entry per finding gone, where it was last commented on
        Map<String, EarlierComment> gone = new LinkedHashMap<>();
        earlier.comments().stream().filter(c -> !current.contains(c.fingerprint()))
                .forEach(c -> gone.put(c.fingerprint(), c));
        List<EarlierComment> fixed = gone.values().stream()
                .sorted(Comparator.comparing(EarlierComment::path).thenComparingLong(EarlierComment::line)
                        .thenComparing(EarlierComment::code))
                .toList();
        // over the cap, the most severe findings get the line comments (a stable sort keeps file order within a level)
        List<GiteaMarkdown.Placed> bySeverity = new ArrayList<>(onLines);
        bySeverity.sort(Comparator.comparing((GiteaMarkdown.Placed p) -> p.finding().severity()).reversed());
        List<GiteaMarkdown.Placed> commented = new ArrayList<>(bySeverity.subList(0, Math.min(maxComments,
                bySeverity.size())));
        List<GiteaMarkdown.Placed> overflow = new ArrayList<>(bySeverity.subList(commented.size(), bySeverity.size()));
        commented.sort(Comparator.comparing(GiteaMarkdown.Placed::finding, Finding.ORDER));
        overflow.sort(Comparator.comparing(GiteaMarkdown.Placed::finding, Finding.ORDER));

        GiteaMarkdown markdown = new GiteaMarkdown(settings.server() + "/" + GiteaClient.segment(settings.owner())
                + "/" + GiteaClient.segment(settings.repo()) + "/src/commit/" + head);
        GiteaMarkdown.Counts counts = GiteaMarkdown.Counts.of(findings);

        boolean reviewPosted = false;
        // a review only when it says something new: new line comments, or a verdict the last one did not give
        boolean verdictChanged = earlier.lastState() == null || failing != REQUEST_CHANGES.equals(earlier.lastState());
        if (!findings.isEmpty() && (!onLines.isEmpty() || verdictChanged)) {
            String body = markdown.reviewBody(counts, failing, failOnLabel, commented.size(), alreadyCommented,
                    overflow, outside);
            postReview(pr, head, failing, body, commented, markdown);
            reviewPosted = true;
        }

        Map<String, Severity> ruleSeverity = new TreeMap<>();
        findings.forEach(f -> ruleSeverity.putIfAbsent(f.code(), f.severity()));
        String summary = markdown.summary(counts, failing, failOnLabel, head, onLines.size() + alreadyCommented,
                GiteaMarkdown.byRule(findings), ruleSeverity, result.filesChecked(), fixed);
        SummaryResult summaryResult = upsertSummary(repoPath, summary);

        String description = (failing ? "failed: " : "passed: ") + counts.sentence();
        postStatus(repoPath, head, failing ? "failure" : "success", description, summaryResult.htmlUrl());
        return new Outcome(head, commented.size(), overflow.size() + outside.size(), failing,
                summaryResult.action(), reviewPosted, alreadyCommented, fixed.size());
    }

    /** The files Gitea lists as changed, with their status ({@code added}, {@code changed}, ...). */
    private Map<String, String> changedFiles(String pr) {
        Map<String, String> files = new TreeMap<>();
        for (Object item : allPages(pr + "/files")) {
            String status = Json.string(item, "status");
            String name = Json.string(item, "filename");
            if (name != null && !"removed".equals(status) && !"deleted".equals(status)) {
                files.put(name, status == null ? "" : status);
            }
        }
        return files;
    }

    /**
     * Every item of a paged list. Gitea caps the page size below what is asked for on some servers, so a short page
     * does not mean the last one: {@code X-HasMore} says, and without it an empty page does.
     */
    private List<Object> allPages(String path) {
        List<Object> all = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            GiteaClient.Response response = client.get(path + "?page=" + page + "&limit=" + PAGE_SIZE);
            List<?> items = Json.array(response.json());
            all.addAll(items);
            String hasMore = response.header("X-HasMore").orElse(null);
            boolean more = hasMore == null || Boolean.parseBoolean(hasMore.trim());
            if (!more || items.isEmpty()) {
                break;
            }
        }
        return all;
    }

    /** A line comment of an earlier loclint review: which finding (by its marker) it was about, and where. */
    record EarlierComment(String code, String fingerprint, String path, long line) {
    }

    /** loclint's earlier line comments, and the state of its latest review (null when there is none). */
    private record EarlierReviews(List<EarlierComment> comments, String lastState) {
        boolean commentedOn(GiteaMarkdown.Placed placed) {
            return comments.stream().anyMatch(c -> c.fingerprint().equals(placed.fingerprint())
                    && c.path().equals(placed.repoPath()) && c.line() == placed.line());
        }
    }

    /** Reads loclint's own reviews (by the marker in their body) and their line comments (by the marker in each). */
    private EarlierReviews earlierReviews(String pr) {
        List<EarlierComment> comments = new ArrayList<>();
        long lastId = Long.MIN_VALUE;
        String lastState = null;
        for (Object review : allPages(pr + "/reviews")) {
            String body = Json.string(review, "body");
            Long id = Json.number(review, "id");
            if (id == null || body == null || !body.contains(GiteaMarkdown.REVIEW_MARKER)) {
                continue;
            }
            if (id > lastId) {
                lastId = id;
                lastState = Json.string(review, "state");
            }
            for (Object comment : Json.array(client.get(pr + "/reviews/" + id + "/comments").json())) {
                GiteaMarkdown.FindingMarker marker = GiteaMarkdown.FindingMarker.in(Json.string(comment, "body"));
                String path = Json.string(comment, "path");
                Long line = Json.number(comment, "position");
                if (marker != null && path != null && line != null) {
                    comments.add(new EarlierComment(marker.code(), marker.fingerprint(), path, line));
                }
            }
        }
        return new EarlierReviews(comments, lastState);
    }

    /**
     * The head-side lines the pull request changed, restricted to the files Gitea lists. Without the two commits
     * locally (a shallow clone), only files the pull request adds count as changed throughout (every line of a new
     * file is new); everything else goes into the review body.
     */
    private Map<String, NavigableSet<Integer>> changedLines(Path top, String base, String head,
                                                            Map<String, String> changedFiles) {
        Map<String, NavigableSet<Integer>> lines = new TreeMap<>();
        String problem;
        if (top == null) {
            problem = "the checked paths are not in a Git work tree";
        } else if (base == null || !SHA.matcher(base).matches()) {
            problem = "Gitea's pull request has no base.sha";
        } else {
            try {
                GitDiff.addedLines(top, base, head).forEach((path, added) -> {
                    if (changedFiles.containsKey(path)) {
                        lines.put(path, added);
                    }
                });
                return lines;
            } catch (GitDiff.GitException e) {
                problem = e.getMessage();
            }
        }
        log.println("loclint: warning: cannot tell which lines changed (" + problem + "); findings go into the"
                + " review body, except in files the pull request adds");
        if (top != null) {
            changedFiles.forEach((path, status) -> {
                Path file = top.resolve(path).normalize();
                if ("added".equals(status) && file.startsWith(top)) {
                    NavigableSet<Integer> all = new TreeSet<>();
                    for (int line = 1; line <= lineCount(file); line++) {
                        all.add(line);
                    }
                    lines.put(path, all);
                }
            });
        }
        return lines;
    }

    private static int lineCount(Path file) {
        try (Stream<String> stream = Files.lines(file)) {
            return (int) stream.count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private void postReview(String pr, String head, boolean failing, String body,
                            List<GiteaMarkdown.Placed> commented, GiteaMarkdown markdown) {
        String event = failing ? "REQUEST_CHANGES" : "COMMENT";
        try {
            client.write("POST", pr + "/reviews", reviewJson(event, body, head, commented, markdown));
        } catch (GiteaException e) {
            if (e.httpStatus() != 422 || !failing) {
                throw e;
            }
            // Gitea refuses REQUEST_CHANGES from the pull request's author (e.g. a personal token); comment instead.
            log.println("loclint: warning: Gitea refused a REQUEST_CHANGES review (HTTP 422; the token may belong to"
                    + " the pull request's author); posting it as COMMENT");
            client.write("POST", pr + "/reviews", reviewJson("COMMENT", body, head, commented, markdown));
        }
    }

    private record SummaryResult(String action, String htmlUrl) {
    }

    private SummaryResult upsertSummary(String repoPath, String summary) {
        String comments = repoPath + "/issues/" + settings.pullRequest() + "/comments";
        Long existing = null;
        for (Object comment : Json.array(client.get(comments).json())) {
            String body = Json.string(comment, "body");
            Long id = Json.number(comment, "id");
            if (body != null && id != null && body.contains(GiteaMarkdown.SUMMARY_MARKER)) {
                existing = id;
                break;
            }
        }
        String json = bodyJson(summary);
        GiteaClient.Response response = existing != null
                ? client.write("PATCH", repoPath + "/issues/comments/" + existing, json)
                : client.write("POST", comments, json);
        String url = response == null ? null : Json.string(response.json(), "html_url");
        String action = existing != null ? "updated" : "created";
        return new SummaryResult(action, url != null && url.matches("^https?://\\S+$") ? url : null);
    }

    private void postStatus(String repoPath, String head, String state, String description, String targetUrl) {
        client.write("POST", repoPath + "/statuses/" + head, statusJson(state, description, targetUrl));
    }

    // --- request bodies (CreatePullReviewOptions, CreateIssueCommentOption/EditIssueCommentOption, CreateStatusOption)

    static String reviewJson(String event, String body, String head, List<GiteaMarkdown.Placed> commented,
                             GiteaMarkdown markdown) {
        return json(g -> {
            g.writeStartObject();
            g.writeStringField("event", event);
            g.writeStringField("body", body);
            g.writeStringField("commit_id", head);
            g.writeArrayFieldStart("comments");
            for (GiteaMarkdown.Placed p : commented) {
                g.writeStartObject();
                g.writeStringField("path", p.repoPath());
                g.writeStringField("body", markdown.lineComment(p));
                g.writeNumberField("new_position", p.line());
                g.writeNumberField("old_position", 0);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    static String bodyJson(String body) {
        return json(g -> {
            g.writeStartObject();
            g.writeStringField("body", body);
            g.writeEndObject();
        });
    }

    static String statusJson(String state, String description, String targetUrl) {
        return json(g -> {
            g.writeStartObject();
            g.writeStringField("state", state);
            if (targetUrl != null) {
                g.writeStringField("target_url", targetUrl);
            }
            g.writeStringField("description", description);
            g.writeStringField("context", CONTEXT);
            g.writeEndObject();
        });
    }

    private interface Writer {
        void write(JsonGenerator g) throws IOException;
    }

    private static String json(Writer writer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            writer.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    // --- paths

    private static Path topLevelOrNull(Path root) {
        try {
            return GitDiff.topLevel(root).toRealPath();
        } catch (GitDiff.GitException | IOException e) {
            return null;
        }
    }

    /** A finding's path (relative to the run's root) as a path in the repository (relative to the Git top level). */
    static String repositoryPath(Path root, Path topLevel, String findingPath) {
        if (topLevel == null) {
            return findingPath;
        }
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            realRoot = root.toAbsolutePath().normalize();
        }
        Path absolute = realRoot.resolve(findingPath).normalize();
        if (!absolute.startsWith(topLevel)) {
            return findingPath;
        }
        return topLevel.relativize(absolute).toString().replace('\\', '/');
    }
}

package io.loclint.cli;

import io.loclint.cli.CliTest.Run;
import io.loclint.cli.gitea.Json;
import io.loclint.engine.testing.FixtureAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code loclint gitea} against a fake Gitea that checks every request against Gitea's API description, on a
 * temporary Git repository holding the {@code testdata/naming} fixture: the pull request renames an op (one changed
 * line in ops.py) and adds jobs.py, while the base branch moved on after the branch point (schedules.py), which
 * three-dot diffing must leave out.
 */
class GiteaCommandTest {
    static final String TOKEN = "s3cr3t-gitea-token-0123456789";
    static final String OWNER = "acme";
    static final String REPO = "inventory";
    static final long PR = 7;
    static final String OPS = "loc/src/inventory_sync_service/ops.py";
    static final String JOBS = "loc/src/inventory_sync_service/jobs.py";

    static GiteaContract contract;

    @TempDir
    Path tmp;
    Path repo;
    FakeGitea gitea;
    String base;
    String head;


    @BeforeAll
    static void loadSpec() {
        contract = new GiteaContract();
    }

    @BeforeEach
    void setUp() throws Exception {
        repo = tmp.resolve("repo");
        Path loc = repo.resolve("loc");
        GitRepos.copyTree(FixtureAssert.testdata().resolve("naming"), loc);
        Path ops = loc.resolve("src/inventory_sync_service/ops.py");
        Path jobs = loc.resolve("src/inventory_sync_service/jobs.py");
        Path schedules = loc.resolve("src/inventory_sync_service/schedules.py");
        String opsHead = Files.readString(ops);
        String jobsHead = Files.readString(jobs);
        String schedulesText = Files.readString(schedules);
        assertTrue(opsHead.contains("def fetchStock():"), "fixture changed: ops.py no longer has fetchStock");

        git("init", "-q", "-b", "main");
        Files.writeString(ops, opsHead.replace("def fetchStock():", "def fetch_stock():"));
        Files.delete(jobs);
        Files.writeString(schedules, schedulesText.replace("by_job_name", "by_job_name_old"));
        git("add", "-A");
        git("commit", "-q", "-m", "base");
        git("checkout", "-q", "-b", "feature");
        Files.writeString(ops, opsHead);
        Files.writeString(jobs, jobsHead);
        git("add", "-A");
        git("commit", "-q", "-m", "head");
        head = git("rev-parse", "HEAD").strip();
        git("checkout", "-q", "main");
        Files.writeString(schedules, schedulesText);
        git("commit", "-q", "-am", "main moves on");
        base = git("rev-parse", "HEAD").strip();
        git("checkout", "-q", "feature");

        gitea = new FakeGitea(contract, OWNER, REPO, PR, TOKEN);
        gitea.headSha = head;
        gitea.baseSha = base;
        gitea.files = List.of(new FakeGitea.ChangedFile(JOBS, "added"), new FakeGitea.ChangedFile(OPS, "changed"),
                new FakeGitea.ChangedFile("README.md", "added"));
    }

    @AfterEach
    void tearDown() {
        if (gitea != null) {
            gitea.close();
        }
    }

    @Test
    void firstRunPostsOneReviewOneSummaryAndTheStatus() throws IOException {
        Run run = gitea(env());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(), gitea.violations);

        assertEquals(1, gitea.reviews.size());
        Object review = gitea.reviews.get(0).json();
        assertEquals("REQUEST_CHANGES", Json.string(review, "event"));
        assertEquals(head, Json.string(review, "commit_id"));
        List<String> anchors = new ArrayList<>();
        for (Object c : Json.array(Json.at(review, "comments"))) {
            assertEquals(0L, Json.number(c, "old_position"), "comments anchor on the new side");
            anchors.add(Json.string(c, "path") + ":" + Json.number(c, "new_position") + ":"
                    + Json.string(c, "body").replaceAll("(?s)^\\*\\*\\w+\\*\\* `([A-Z]+[0-9]+)`.*", "$1"));
        }
        // the renamed op (line 18 of ops.py) and every finding in the added jobs.py; nothing from unchanged lines
        assertTrue(anchors.contains(OPS + ":18:NAM002"), anchors.toString());
        assertTrue(anchors.contains(OPS + ":18:DEF003"), anchors.toString());
        assertTrue(anchors.contains(JOBS + ":12:NAM001"), anchors.toString());
        assertTrue(anchors.stream().allMatch(a -> a.startsWith(OPS + ":18:") || a.startsWith(JOBS + ":")),
                anchors.toString());
        String reviewBody = Json.string(review, "body");
        assertTrue(reviewBody.contains("outside the lines this pull request changed"), reviewBody);
        assertTrue(reviewBody.contains("loc/src/inventory\\_sync\\_service/schedules.py:8"), reviewBody);
        assertTrue(reviewBody.contains("/src/commit/" + head + "/loc/src/inventory_sync_service/ops.py#L22"),
                reviewBody);

        assertEquals(1, gitea.comments.size());
        assertTrue(gitea.comments.get(0).body().startsWith("<!-- loclint-summary -->"));
        assertEquals(1, gitea.writes().stream().filter(r -> r.path().endsWith("/issues/7/comments")).count());

        assertEquals(1, gitea.statuses.size());
        FakeGitea.Request status = gitea.statuses.get(0);
        assertEquals("/api/v1/repos/acme/inventory/statuses/" + head, status.path());
        assertEquals("failure", Json.string(status.json(), "state"));
        assertEquals("loclint", Json.string(status.json(), "context"));
        assertTrue(Json.string(status.json(), "description").matches(
                "failed: \\d+ problems \\(\\d+ errors, \\d+ warnings, \\d+ notes\\)"), status.body());
        assertTrue(Json.string(status.json(), "target_url").contains("#issuecomment-"));

        assertTrue(gitea.requests.stream().anyMatch(r -> r.path().endsWith("/files") && "page=2&limit=50".equals(
                r.query())), "pages through the changed files");
        assertTrue(gitea.requests.stream().allMatch(r -> ("token " + TOKEN).equals(r.authorization())));
        assertNoToken(run);
        assertTrue(run.out().contains("NAM002"), "prints the text report");
        assertTrue(run.err().contains("reported on acme/inventory#7"), run.err());
    }

    @Test
    void secondRunEditsTheSummaryInsteadOfAddingOne() throws IOException {
        gitea.comments.add(new FakeGitea.IssueComment(5, "Looks good to me", "alice"));
        Run first = gitea(env());
        Run second = gitea(env());
        assertEquals(1, first.exitCode(), first.err());
        assertEquals(1, second.exitCode(), second.err());
        assertEquals(List.of(), gitea.violations);

        assertEquals(2, gitea.comments.size(), "alice's comment and one summary");
        assertEquals("Looks good to me", gitea.comments.get(0).body());
        long summaryId = gitea.comments.get(1).id();
        List<FakeGitea.Request> summaryWrites = gitea.writes().stream().filter(r -> r.path().contains("/issues/"))
                .toList();
        assertEquals(2, summaryWrites.size());
        assertEquals("POST", summaryWrites.get(0).method());
        assertEquals("PATCH", summaryWrites.get(1).method());
        assertEquals("/api/v1/repos/acme/inventory/issues/comments/" + summaryId, summaryWrites.get(1).path());
        assertTrue(second.err().contains("summary comment updated"), second.err());
        assertEquals(2, gitea.statuses.size());
        assertNoToken(first);
        assertNoToken(second);
    }

    @Test
    void threePushesCommentEachFindingOnceAndNameTheFixedOnes() throws Exception {
        gitea.maxPageSize = 1;
        Run first = gitea(env());
        assertEquals(1, first.exitCode(), first.err());
        List<String> firstAnchors = List.of(JOBS + ":8:TST002", JOBS + ":12:NAM001", JOBS + ":12:TST002",
                JOBS + ":18:NAM001", JOBS + ":18:TST002", JOBS + ":22:DEF002", JOBS + ":23:DEF002",
                JOBS + ":23:NAM001", JOBS + ":24:DEF002", JOBS + ":24:NAM001", JOBS + ":25:DEF002",
                JOBS + ":26:DEF002", JOBS + ":26:NAM001", JOBS + ":27:DEF002", JOBS + ":27:NAM001",
                OPS + ":18:DEF003", OPS + ":18:NAM002");
        assertEquals(firstAnchors, anchors(gitea.storedReviews.get(0)));

        // push 2: a new job at the end of jobs.py; the earlier findings stay on their lines
        Path jobs = repo.resolve("loc/src/inventory_sync_service/jobs.py");
        Files.writeString(jobs, Files.readString(jobs) + "AnotherJob = define_asset_job(\"AnotherJob\")\n");
        push("another job");
        Run second = gitea(env());
        assertEquals(1, second.exitCode(), second.err());
        assertEquals(2, gitea.storedReviews.size());
        assertEquals(List.of(JOBS + ":28:DEF002", JOBS + ":28:NAM001"), anchors(gitea.storedReviews.get(1)));
        String secondBody = gitea.storedReviews.get(1).body();
        assertTrue(secondBody.contains("\n2 findings are commented on the changed lines.\n\n17 findings keep their line"
                + " comment from an earlier review.\n"), secondBody);
        assertFalse(gitea.comments.get(0).body().contains("Fixed"), gitea.comments.get(0).body());
        assertTrue(second.err().contains(": review with 2 line comments and 18 in its body, 17 already commented,"
                + " summary comment updated,"), second.err());

        // push 3: the op gets its snake_case name back, so ops.py is as on main again and its two findings are gone
        Path ops = repo.resolve("loc/src/inventory_sync_service/ops.py");
        Files.writeString(ops, Files.readString(ops).replace("def fetchStock():", "def fetch_stock():"));
        push("rename back");
        gitea.files = List.of(new FakeGitea.ChangedFile(JOBS, "added"), new FakeGitea.ChangedFile("README.md",
                "added"));
        Run third = gitea(env());
        assertEquals(1, third.exitCode(), third.err());
        assertEquals(2, gitea.storedReviews.size(), "nothing new to comment on and the verdict stands: no review");
        assertEquals(1, gitea.comments.size());
        String summary = gitea.comments.get(0).body();
        assertTrue(summary.contains("; 17 on lines this pull request changed."), summary);
        assertTrue(summary.contains("\n\nFixed since an earlier review commented on them:\n\n"
                + "- `DEF003` loc/src/inventory\\_sync\\_service/ops.py:18\n"
                + "- `NAM002` loc/src/inventory\\_sync\\_service/ops.py:18\n\n<sub>"), summary);
        assertTrue(third.err().contains(": no new review (nothing new to comment on), 17 already commented, 2 fixed"
                + " since earlier reviews, summary comment updated, status failure on " + head.substring(0, 10)),
                third.err());
        assertEquals(3, gitea.statuses.size());
        assertTrue(gitea.requests.stream().anyMatch(r -> r.path().endsWith("/pulls/7/reviews")
                && "page=2&limit=50".equals(r.query())), "pages through the reviews");
        assertEquals(List.of(), gitea.violations);
    }

    @Test
    void aFixedFindingBelowFailOnTurnsTheVerdictWithANewReview() throws Exception {
        Run first = gitea(env(), "--fail-on", "warning");
        assertEquals(1, first.exitCode(), first.err());
        assertEquals(1, gitea.storedReviews.size());
        Run second = gitea(env(), "--fail-on", "never");
        assertEquals(0, second.exitCode(), second.err());
        assertEquals(2, gitea.storedReviews.size(), "the verdict changed, so a review says so");
        assertEquals("COMMENT", gitea.storedReviews.get(1).state());
        assertEquals(List.of(), gitea.storedReviews.get(1).comments());
        Run third = gitea(env(), "--fail-on", "never");
        assertEquals(0, third.exitCode(), third.err());
        assertEquals(2, gitea.storedReviews.size(), "same verdict, nothing new: no third review");
        assertEquals(List.of(), gitea.violations);
    }

    @Test
    void commentsAreCappedAndTheRestFoldedIntoTheBody() throws IOException {
        Run run = gitea(env(), "--max-comments", "1");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(), gitea.violations);
        Object review = gitea.reviews.get(0).json();
        List<?> comments = Json.array(Json.at(review, "comments"));
        assertEquals(1, comments.size());
        assertTrue(Json.string(comments.get(0), "body").startsWith("**error**"), "errors get the comments first");
        assertTrue(Json.string(review, "body").contains("more on changed lines (over the comment limit)"));
    }

    @Test
    void belowFailOnCommentsAndSucceeds() throws IOException {
        Run run = gitea(env(), "--fail-on", "never");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(), gitea.violations);
        assertEquals("COMMENT", Json.string(gitea.reviews.get(0).json(), "event"));
        assertEquals("success", Json.string(gitea.statuses.get(0).json(), "state"));
    }

    @Test
    void requestChangesRefusedForTheAuthorFallsBackToComment() throws IOException {
        gitea.refuseRequestChanges = true;
        Run run = gitea(env());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(), gitea.violations);
        assertEquals(1, gitea.reviews.size());
        assertEquals("COMMENT", Json.string(gitea.reviews.get(0).json(), "event"));
        assertTrue(run.err().contains("posting it as COMMENT"), run.err());
    }

    @Test
    void withoutTheBaseCommitOnlyAddedFilesGetLineComments() throws IOException {
        gitea.baseSha = "0123456789abcdef0123456789abcdef01234567";
        Run run = gitea(env());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(), gitea.violations);
        assertTrue(run.err().contains("fetch-depth: 0"), run.err());
        List<?> comments = Json.array(Json.at(gitea.reviews.get(0).json(), "comments"));
        assertFalse(comments.isEmpty(), "the added jobs.py is new throughout");
        assertTrue(comments.stream().allMatch(c -> JOBS.equals(Json.string(c, "path"))), comments.toString());
        assertEquals(1, run.err().lines().filter(l -> l.startsWith("loclint: warning")).count(), run.err());
    }

    @Test
    void refusalsAreOneLineWithTheStatusAndWhatToCheck() throws IOException {
        for (int status : new int[]{401, 403, 404}) {
            gitea.forcedStatus = status;
            Run run = gitea(env());
            assertEquals(2, run.exitCode(), status + ": " + run.err());
            assertEquals(1, run.err().lines().filter(l -> !l.startsWith("loclint: warning")).count(), run.err());
            assertTrue(run.err().contains("HTTP " + status), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
            assertNoToken(run);
        }
        assertTrue(gitea(env()).err().contains("check the server (" + gitea.url() + "), the repository"
                + " (acme/inventory), the pull request number (7)"));
        gitea.forcedStatus = 401;
        assertTrue(gitea(env()).err().contains("check that GITEA_TOKEN holds a valid"));
        assertEquals(List.of(), gitea.reviews);
    }

    @Test
    void networkErrorIsOneLine() throws IOException {
        String url = gitea.url();
        gitea.close();
        gitea = null;
        Map<String, String> env = env();
        env.put("GITEA_SERVER_URL", url);
        Run run = gitea(env);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("loclint: cannot reach Gitea at " + url), run.err());
        assertNoToken(run);
    }

    @Test
    void missingSettingsAreUsageErrors() throws IOException {
        Map<String, String> env = env();
        env.remove("GITEA_TOKEN");
        Run run = gitea(env);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("loclint: no token: set GITEA_TOKEN or GITHUB_TOKEN"), run.err());
        assertEquals(1, run.err().lines().count());

        env = env();
        env.remove("GITEA_SERVER_URL");
        env.remove("GITHUB_SERVER_URL");
        run = gitea(env);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("loclint: no Gitea server"), run.err());

        env = env();
        env.remove("GITHUB_REF");
        run = gitea(env);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("loclint: no pull request number"), run.err());
        assertEquals(List.of(), gitea.requests, "nothing is sent without complete settings");
    }

    @Test
    void flagsOverrideTheEnvironment() throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("MY_TOKEN", TOKEN);
        env.put("GITHUB_REPOSITORY", "someone/else");
        Run run = gitea(env, "--server", gitea.url() + "/", "--repo", OWNER + "/" + REPO, "--pr", "7",
                "--token-env", "MY_TOKEN");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(), gitea.violations);
        assertEquals(1, gitea.statuses.size());
        assertNoToken(run);
    }

    @Test
    void dryRunPrintsTheWritesAndSendsNone() throws IOException {
        Run run = gitea(env(), "--dry-run");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(), gitea.violations);
        assertEquals(List.of(), gitea.writes());
        Run check = CliTest.run("check", repo.resolve("loc").toString());
        assertTrue(run.out().startsWith(check.out() + "POST " + gitea.url()
                + "/api/v1/repos/acme/inventory/pulls/7/reviews\n"), "the text report, then the requests: " + run.out());
        assertTrue(run.out().contains("POST " + gitea.url() + "/api/v1/repos/acme/inventory/issues/7/comments"));
        assertTrue(run.out().contains("POST " + gitea.url() + "/api/v1/repos/acme/inventory/statuses/" + head));
        assertTrue(run.out().contains("Authorization: token ***"));
        assertNoToken(run);
    }

    @Test
    void aServerUrlWithAPasswordIsRefusedWithoutShowingIt() throws IOException {
        String[][] servers = {{"https://user:pass@gitea.example/", ":pass"},
                {"https://ci-bot:Hunter2-Gitea-Pw-9f3a@gitea.example:3000/sub", "Hunter2-Gitea-Pw-9f3a"},
                {"https://user:pa ss@gitea.example", "pa ss"}};
        for (String[] server : servers) {
            for (String[] flags : new String[][]{{"--debug"}, {"--debug", "--dry-run"}}) {
                Map<String, String> env = env();
                env.put("GITEA_SERVER_URL", server[0]);
                Run viaEnvironment = gitea(env, flags);
                List<String> withFlag = new ArrayList<>(List.of(flags));
                withFlag.addAll(List.of("--server", server[0]));
                Run viaFlag = gitea(env(), withFlag.toArray(String[]::new));
                for (Run run : List.of(viaEnvironment, viaFlag)) {
                    assertEquals(2, run.exitCode(), run.err());
                    assertEquals(1, run.err().lines().count(), run.err());
                    assertFalse(run.out().contains(server[1]), server[0] + " on stdout: " + run.out());
                    assertFalse(run.err().contains(server[1]), server[0] + " on stderr: " + run.err());
                }
            }
        }
        Map<String, String> env = env();
        env.put("GITEA_SERVER_URL", servers[1][0]);
        assertEquals("loclint: server URL carries a user name or password, which loclint does not send; give it as"
                + " https://gitea.example:3000/sub and the token in GITEA_TOKEN (or the variable named by"
                + " --token-env)\n", gitea(env).err());
        env.put("GITEA_SERVER_URL", servers[2][0]);
        assertEquals("loclint: server (not quoted: it has a user part) is not an http(s) URL like"
                + " https://gitea.example.com; check --server, GITEA_SERVER_URL or GITHUB_SERVER_URL\n",
                gitea(env).err());
        assertEquals(List.of(), gitea.requests);
    }

    @Test
    void aTokenNoHeaderCanCarryIsRefusedWithoutShowingIt() throws IOException {
        for (String malformed : new String[]{"s3cr3t\u0001gitea-token", "s3cr3t-gitea-token\u20ac",
                "s3cr3t gitea-token"}) {
            for (String[] flags : new String[][]{{"--debug"}, {"--debug", "--dry-run"}}) {
                Map<String, String> env = env();
                env.put("GITEA_TOKEN", malformed);
                Run run = gitea(env, flags);
                assertEquals("loclint: the token in GITEA_TOKEN holds a space, control or non-ASCII character that"
                        + " an HTTP header cannot carry; set it to the token alone\n", run.err());
                assertEquals(2, run.exitCode());
                assertFalse(run.out().contains("gitea-token"), run.out());
                assertFalse(run.out().contains("s3cr"), run.out());
            }
        }
        assertEquals(List.of(), gitea.requests);
    }

    // --- helpers

    /** Commits the work tree on the feature branch and makes it the pull request's head. */
    void push(String message) throws IOException, InterruptedException {
        git("add", "-A");
        git("commit", "-q", "-m", message);
        head = git("rev-parse", "HEAD").strip();
        gitea.headSha = head;
    }

    /** A review's line comments as path:line:code, the code read from the comment's marker. */
    static List<String> anchors(FakeGitea.Review review) {
        return review.comments().stream().map(c -> c.path() + ":" + c.position() + ":"
                + c.body().replaceAll("(?s).*<!-- loclint-finding ([A-Z]+[0-9]+) [0-9a-f]{32}:[0-9]+ -->$", "$1"))
                .toList();
    }

    Map<String, String> env() throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("GITEA_SERVER_URL", gitea == null ? "http://127.0.0.1:9" : gitea.url());
        env.put("GITHUB_SERVER_URL", "http://127.0.0.1:9");
        env.put("GITHUB_REPOSITORY", OWNER + "/" + REPO);
        env.put("GITHUB_REF", "refs/pull/" + PR + "/head");
        env.put("GITEA_TOKEN", TOKEN);
        return env;
    }

    Run gitea(Map<String, String> env, String... flags) {
        List<String> args = new ArrayList<>(List.of("gitea"));
        args.addAll(List.of(flags));
        args.add(repo.resolve("loc").toString());
        return CliTest.run(commandLine -> {
            GiteaCommand command = commandLine.getSubcommands().get("gitea").getCommand();
            command.env = env;
        }, args.toArray(String[]::new));
    }

    static void assertNoToken(Run run) {
        assertFalse(run.out().contains(TOKEN), "stdout shows the token");
        assertFalse(run.err().contains(TOKEN), "stderr shows the token");
    }

    String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=Test",
                "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Files.createDirectories(repo);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", args) + ": " + out);
        return out;
    }
}

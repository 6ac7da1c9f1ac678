package io.loclint.cli;

import io.loclint.cli.gitea.GiteaClient;
import io.loclint.cli.gitea.GiteaException;
import io.loclint.cli.gitea.GiteaPublisher;
import io.loclint.cli.gitea.GiteaSettings;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.Severity;
import io.loclint.reports.PathDisplay;
import io.loclint.reports.Reporters;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code loclint gitea}: the same check as {@code loclint check}, published to a Gitea pull request as one review,
 * one summary comment (edited in place on later runs) and a commit status. Exit codes as for {@code check}; any
 * problem with the settings or with Gitea (refusal, network) is one line on stderr and exit 2.
 */
@Command(name = "gitea", mixinStandardHelpOptions = true,
        description = {"Check the code locations under the given paths (default: the current folder) and report the"
                + " findings on a Gitea pull request: a review with line comments, a summary comment and the commit"
                + " status 'loclint'.",
                "Settings come from the Gitea Actions environment (GITEA_SERVER_URL or GITHUB_SERVER_URL,"
                        + " GITHUB_REPOSITORY, GITHUB_EVENT_PATH or GITHUB_REF, GITEA_TOKEN or GITHUB_TOKEN); the"
                        + " flags override them."})
final class GiteaCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to check (default: .).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Request changes, set the status to failure and exit 1 when a finding is at or above LEVEL:"
                    + " ${COMPLETION-CANDIDATES} (default: fail-on from the configuration, else error).")
    CheckCommand.FailOn failOn;

    @Option(names = "--max-comments", paramLabel = "N", defaultValue = "50",
            description = "At most N line comments in the review; the rest go into its body (default: ${DEFAULT-VALUE}).")
    int maxComments;

    @Option(names = "--server", paramLabel = "URL",
            description = "The Gitea server, e.g. https://gitea.example.com (default: GITEA_SERVER_URL, then"
                    + " GITHUB_SERVER_URL).")
    String server;

    @Option(names = "--repo", paramLabel = "OWNER/REPO", description = "The repository (default: GITHUB_REPOSITORY).")
    String repo;

    @Option(names = "--pr", paramLabel = "N",
            description = "The pull request number (default: pull_request.number in GITHUB_EVENT_PATH, else"
                    + " refs/pull/N/... in GITHUB_REF).")
    Long pr;

    @Option(names = "--token-env", paramLabel = "NAME",
            description = "Read the token from the environment variable NAME (default: GITEA_TOKEN, then"
                    + " GITHUB_TOKEN). The token is never taken from a flag and never printed.")
    String tokenEnv;

    @Option(names = "--dry-run",
            description = "Read the pull request from Gitea, print the text report and then the review, comment and"
                    + " status requests instead of sending them (the token is optional and shown as ***).")
    boolean dryRun;

    /** The environment; tests replace it. */
    Map<String, String> env = System.getenv();

    @Override
    public Integer call() throws IOException {
        if (maxComments < 0) {
            throw new UsageException("--max-comments must be 0 or more, not " + maxComments);
        }
        LintRun run = LintRun.plan(paths, null, null);
        GiteaSettings settings;
        try {
            settings = GiteaSettings.resolve(env, server, repo, pr, tokenEnv, dryRun);
        } catch (GiteaException e) {
            throw new UsageException(e.getMessage());
        }
        RunResult result = run.narrow(run.run(spec, null));
        String incomplete = LintRun.incomplete(result);
        if (incomplete != null) {
            // a review and status from a run that skipped a rule would pass what that rule would have failed
            spec.commandLine().getErr().println("loclint: " + incomplete + "; nothing reported to Gitea");
            spec.commandLine().getErr().flush();
            return ExitCodes.INTERNAL;
        }
        CheckCommand.FailOn threshold = run.threshold(failOn);

        PrintStream out = new PrintStream(new BufferedOutputStream(System.out), false, StandardCharsets.UTF_8);
        Reporters.withPathsShown(Reporters.forFormat("text"), PathDisplay.from(Path.of(""))).write(result, out);
        out.flush();
        PrintStream log = new PrintStream(new CommandErr(), true, StandardCharsets.UTF_8);
        GiteaClient client = new GiteaClient(settings, dryRun ? out : null);
        GiteaPublisher.Outcome outcome;
        try {
            outcome = new GiteaPublisher(client, settings, log).publish(result,
                    threshold == CheckCommand.FailOn.never ? null : Severity.parse(threshold.name()),
                    threshold.name(), maxComments);
        } catch (GiteaException e) {
            out.flush();
            throw new UsageException(e.getMessage());
        }
        out.flush();
        String where = settings.owner() + "/" + settings.repo() + "#" + settings.pullRequest();
        log.println("loclint: " + (dryRun ? "would report" : "reported") + " on " + where + ": "
                + (outcome.reviewPosted() ? "review with " + outcome.lineComments() + " line comment"
                + (outcome.lineComments() == 1 ? "" : "s") + " and " + outcome.folded() + " in its body, "
                : outcome.alreadyCommented() + outcome.folded() > 0 ? "no new review (nothing new to comment on), "
                : "no review (no findings), ")
                + (outcome.alreadyCommented() > 0 ? outcome.alreadyCommented() + " already commented, " : "")
                + (outcome.fixed() > 0 ? outcome.fixed() + " fixed since earlier reviews, " : "")
                + "summary comment " + (dryRun ? "to be " : "") + outcome.summaryAction() + ", status "
                + (outcome.failing() ? "failure" : "success") + " on " + outcome.headSha().substring(0, Math.min(10,
                outcome.headSha().length())));
        return outcome.failing() ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Progress lines go to picocli's error writer, so tests capture them like the one-line errors. */
    private final class CommandErr extends OutputStream {
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        @Override
        public void write(int b) {
            line.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public void flush() {
            if (line.size() > 0) {
                spec.commandLine().getErr().print(line.toString(StandardCharsets.UTF_8));
                spec.commandLine().getErr().flush();
                line.reset();
            }
        }
    }
}

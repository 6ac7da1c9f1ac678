package io.loclint.cli.gitea;

import io.loclint.engine.files.Printable;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.Severity;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown loclint posts to Gitea: line comments, the review body and the summary comment. Its own small
 * renderer (not a report format) so the Gitea texts can carry links to the head commit and hidden markers.
 */
final class GiteaMarkdown {
    /** Hidden marker that identifies the summary comment, so later runs edit it instead of adding another. */
    static final String SUMMARY_MARKER = "<!-- loclint-summary -->";
    /** Hidden marker on loclint's reviews. */
    static final String REVIEW_MARKER = "<!-- loclint-review -->";
    /** The most findings listed in a review body; the rest are counted. */
    static final int MAX_LISTED = 200;

    /**
     * A finding placed in the repository: its path relative to the Git top level, and its fingerprint (SARIF's
     * recipe over that path), which later runs read back from the line comment's marker.
     */
    record Placed(Finding finding, String repoPath, String fingerprint) {
        int line() {
            return finding.span().startLine();
        }
    }

    /** The hidden marker at the end of each line comment: which finding the comment is about. */
    record FindingMarker(String code, String fingerprint) {
        private static final Pattern PATTERN = Pattern.compile(
                "<!-- loclint-finding ([A-Z]+[0-9]+) ([0-9a-f]{32}:[0-9]+) -->");

        /** The marker in a comment body, or null when it has none (not loclint's, or edited away). */
        static FindingMarker in(String body) {
            Matcher m = body == null ? null : PATTERN.matcher(body);
            return m != null && m.find() ? new FindingMarker(m.group(1), m.group(2)) : null;
        }

        @Override
        public String toString() {
            return "<!-- loclint-finding " + code + " " + fingerprint + " -->";
        }
    }

    private final String fileBaseUrl;

    /** @param fileBaseUrl {@code <server>/<owner>/<repo>/src/commit/<head sha>}, for links to findings */
    GiteaMarkdown(String fileBaseUrl) {
        this.fileBaseUrl = fileBaseUrl;
    }

    String lineComment(Placed p) {
        Finding f = p.finding();
        StringBuilder out = new StringBuilder();
        out.append("**").append(f.severity().label()).append("** `").append(f.code()).append("`: ")
                .append(escape(f.message()));
        if (f.hint() != null && !f.hint().isBlank()) {
            out.append("\n\n").append(escape(f.hint()));
        }
        out.append("\n\n<sub>loclint · run `loclint explain ").append(f.code()).append("` for details</sub>\n")
                .append(new FindingMarker(f.code(), p.fingerprint()));
        return out.toString();
    }

    String reviewBody(Counts counts, boolean failing, String failOn, int commented, int alreadyCommented,
                      List<Placed> overflow, List<Placed> outside) {
        StringBuilder out = new StringBuilder(REVIEW_MARKER).append('\n');
        out.append("### loclint: ").append(counts.sentence()).append("\n\n");
        out.append(failing ? "Findings at or above `" + failOn + "` exist, so this review requests changes."
                : "Nothing at or above `" + failOn + "`.").append("\n\n");
        if (commented > 0) {
            out.append(commented).append(commented == 1 ? " finding is" : " findings are")
                    .append(" commented on the changed lines.\n\n");
        }
        if (alreadyCommented > 0) {
            out.append(alreadyCommented).append(alreadyCommented == 1 ? " finding keeps its" : " findings keep their")
                    .append(" line comment from an earlier review.\n\n");
        }
        if (!overflow.isEmpty()) {
            out.append("<details><summary>").append(overflow.size())
                    .append(" more on changed lines (over the comment limit)</summary>\n\n");
            list(out, overflow);
            out.append("\n</details>\n\n");
        }
        if (!outside.isEmpty()) {
            out.append("<details><summary>").append(outside.size())
                    .append(outside.size() == 1 ? " finding" : " findings")
                    .append(" outside the lines this pull request changed</summary>\n\n");
            list(out, outside);
            out.append("\n</details>\n");
        }
        return out.toString().stripTrailing() + "\n";
    }

    String summary(Counts counts, boolean failing, String failOn, String headSha, int onChangedLines,
                   Map<String, Integer> byRule, Map<String, Severity> ruleSeverity, long filesChecked,
                   List<GiteaPublisher.EarlierComment> fixed) {
        StringBuilder out = new StringBuilder(SUMMARY_MARKER).append('\n');
        out.append("## loclint ").append(failing ? "❌" : "✅").append("\n\n");
        out.append(counts.sentence()).append(" in ").append(filesChecked).append(filesChecked == 1 ? " file" : " files")
                .append(" at ").append(headSha.length() > 10 ? headSha.substring(0, 10) : headSha).append("; ")
                .append(onChangedLines).append(" on lines this pull request changed. ")
                .append(failing ? "Fails: findings at or above `" + failOn + "` exist."
                        : "Passes: nothing at or above `" + failOn + "`.")
                .append("\n\n");
        if (!byRule.isEmpty()) {
            out.append("| rule | severity | findings |\n|---|---|---:|\n");
            byRule.forEach((code, n) -> out.append("| `").append(code).append("` | ")
                    .append(ruleSeverity.get(code).label()).append(" | ").append(n).append(" |\n"));
            out.append('\n');
        }
        if (!fixed.isEmpty()) {
            out.append("Fixed since an earlier review commented on ").append(fixed.size() == 1 ? "it" : "them")
                    .append(":\n\n");
            int listed = 0;
            for (GiteaPublisher.EarlierComment c : fixed) {
                if (listed++ == MAX_LISTED) {
                    out.append("- ... and ").append(fixed.size() - MAX_LISTED).append(" more\n");
                    break;
                }
                out.append("- `").append(c.code()).append("` ").append(escape(c.path() + ":" + c.line())).append('\n');
            }
            out.append('\n');
        }
        out.append("<sub>Updated in place by `loclint gitea` on every run.</sub>\n");
        return out.toString();
    }

    private void list(StringBuilder out, List<Placed> placed) {
        int listed = 0;
        for (Placed p : placed) {
            if (listed++ == MAX_LISTED) {
                out.append("- ... and ").append(placed.size() - MAX_LISTED).append(" more\n");
                break;
            }
            Finding f = p.finding();
            out.append("- **").append(f.severity().label()).append("** `").append(f.code()).append("` ")
                    .append(link(p)).append(": ").append(escape(f.message())).append('\n');
        }
    }

    private String link(Placed p) {
        String text = escape(p.repoPath() + ":" + p.line());
        StringBuilder url = new StringBuilder(fileBaseUrl);
        for (String segment : p.repoPath().split("/")) {
            url.append('/').append(GiteaClient.segment(segment));
        }
        return "[" + text + "](" + url + "#L" + p.line() + ")";
    }

    /** Backslash-escapes the characters that would turn a message into Markdown or HTML. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>|#&!~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' ? " " : Printable.escape(String.valueOf(c)));
        }
        return out.toString();
    }

    /** How many findings of each severity. */
    record Counts(int errors, int warnings, int notes) {
        static Counts of(List<Finding> findings) {
            int e = 0;
            int w = 0;
            int n = 0;
            for (Finding f : findings) {
                switch (f.severity()) {
                    case ERROR -> e++;
                    case WARNING -> w++;
                    case NOTE -> n++;
                }
            }
            return new Counts(e, w, n);
        }

        int total() {
            return errors + warnings + notes;
        }

        String sentence() {
            if (total() == 0) {
                return "no problems found";
            }
            return total() + (total() == 1 ? " problem" : " problems") + " (" + plural(errors, "error") + ", "
                    + plural(warnings, "warning") + ", " + plural(notes, "note") + ")";
        }

        static String plural(int n, String word) {
            return n + " " + word + (n == 1 ? "" : "s");
        }
    }

    static Map<String, Integer> byRule(List<Finding> findings) {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.code(), 1, Integer::sum));
        return counts;
    }
}

package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.model.GitSource;
import io.loclint.engine.rule.ProjectRule;
import io.loclint.engine.rule.RuleContext;

import com.google.re2j.Pattern;

@RuleInfo(code = "DEP001", name = "moving-git-dependency", severity = Severity.WARNING, guide = "2.2",
        summary = "A Git dependency pinned to a moving branch instead of a tag or commit.",
        tags = "dependencies")
public final class MovingGitDependency implements ProjectRule {
    private static final Pattern COMMIT = Pattern.compile("^[0-9a-fA-F]{7,40}$");
    private static final Pattern TAG_LIKE = Pattern.compile("^(refs/tags/.+|v?[0-9]+(\\.[0-9]+)*([-+._][0-9A-Za-z.-]+)?)$");

    @Override
    public void check(CodeLocation location, RuleContext context) {
        for (GitSource source : location.dependencies().gitSources()) {
            String problem = problem(source);
            if (problem != null) {
                context.report(source.path(), source.span(),
                        "Git dependency '" + source.distribution() + "' " + problem
                                + ", so the code location can change without a commit of its own",
                        "git:" + source.distribution(),
                        "pin it to a release tag (tag = \"v1.2.0\") or a commit (rev = \"<sha>\")");
            }
        }
    }

    /** Why a source moves, or null when it is pinned. */
    static String problem(GitSource source) {
        if (source.refKind() == null) {
            return "names no tag or commit";
        }
        switch (source.refKind()) {
            case "tag":
            case "rev":
                return null;
            case "branch":
                return "follows branch '" + source.ref() + "'";
            default:
                if (COMMIT.matcher(source.ref()).matches() || TAG_LIKE.matcher(source.ref()).matches()) {
                    return null;
                }
                return "follows '" + source.ref() + "', which looks like a branch";
        }
    }
}

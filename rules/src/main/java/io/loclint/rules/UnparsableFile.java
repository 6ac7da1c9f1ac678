package io.loclint.rules;

import io.loclint.engine.rule.RuleInfo;
import io.loclint.engine.result.Severity;
import io.loclint.engine.files.ParsedFile;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.rule.RuleContext;
import io.loclint.grammar.ParseProblem;

@RuleInfo(code = "PAR001", name = "unparsable-file", severity = Severity.ERROR, guide = "2",
        summary = "A file the linter must read could not be parsed.",
        tags = "parsing")
public final class UnparsableFile implements ElementRule<ParsedFile> {
    @Override
    public Class<ParsedFile> elementType() {
        return ParsedFile.class;
    }

    @Override
    public void check(ParsedFile file, RuleContext context) {
        if (file.problems().isEmpty()) {
            return;
        }
        ParseProblem first = file.problems().get(0);
        int more = file.problems().size() - 1;
        String message = file.kind().label() + " file could not be parsed: " + first.message()
                + (more > 0 ? " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")" : "");
        context.report(file.path(), first.span(), message, "parse:" + file.path(), "fix the syntax error");
    }
}

package io.loclint.grammar.helm;

import io.loclint.grammar.ParseCancelled;
import io.loclint.grammar.ParseProblem;
import io.loclint.grammar.Span;
import io.loclint.grammar.TokenPositions;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Helm templates through {@code HelmTemplateLexer} and {@code HelmActionParser}: text is kept as text (never parsed
 * as YAML), each action is parsed on its own, and a broken action costs only itself. Never throws.
 */
public final class HelmTemplateFrontEnd {
    private static final Set<String> KEYWORDS = Set.of("if", "else", "end", "range", "with", "define", "template",
            "block", "break", "continue");
    /** Parenthesis depth beyond which an action is reported instead of parsed (the parser recurses). */
    static final int MAX_DEPTH = 64;

    private HelmTemplateFrontEnd() {
    }

    public static HelmTemplate parse(String source) {
        List<ParseProblem> problems = new ArrayList<>();
        String[] lines = source.split("\r?\n", -1);
        List<HelmAction> actions = new ArrayList<>();
        try {
            TokenPositions positions = new TokenPositions(source);
            HelmTemplateLexer lexer = new HelmTemplateLexer(CharStreams.fromString(source));
            lexer.removeErrorListeners();
            List<? extends Token> tokens = lexer.getAllTokens();
            int i = 0;
            while (i < tokens.size()) {
                ParseCancelled.checkInterrupted();
                Token token = tokens.get(i);
                int type = token.getType();
                if (type == HelmTemplateLexer.COMMENT_ACTION) {
                    actions.add(commentAction(token, positions));
                    i++;
                } else if (type == HelmTemplateLexer.OPEN || type == HelmTemplateLexer.NESTED_OPEN) {
                    int end = i + 1;
                    while (end < tokens.size() && tokens.get(end).getType() != HelmTemplateLexer.CLOSE
                            && tokens.get(end).getType() != HelmTemplateLexer.NESTED_OPEN) {
                        end++;
                    }
                    boolean closed = end < tokens.size() && tokens.get(end).getType() == HelmTemplateLexer.CLOSE;
                    if (!closed) {
                        problems.add(new ParseProblem(positions.span(token), "'{{' is never closed with '}}'"));
                        i = end;
                        continue;
                    }
                    actions.add(action(token, tokens.subList(i + 1, end), tokens.get(end), positions, problems));
                    i = end + 1;
                } else {
                    i++;
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(new ParseProblem(Span.point(1, 1), "the template could not be read ("
                    + e.getClass().getSimpleName() + ")"));
        }
        HelmTemplate withoutComments = new HelmTemplate(actions, List.of(), problems, lines);
        return new HelmTemplate(actions, yamlComments(withoutComments), sorted(problems), lines);
    }

    private static List<ParseProblem> sorted(List<ParseProblem> problems) {
        List<ParseProblem> out = new ArrayList<>(problems);
        out.sort((a, b) -> a.span().startLine() != b.span().startLine()
                ? Integer.compare(a.span().startLine(), b.span().startLine())
                : Integer.compare(a.span().startColumn(), b.span().startColumn()));
        return out;
    }

    private static HelmAction commentAction(Token token, TokenPositions positions) {
        String text = token.getText();
        int open = text.indexOf("/*");
        int close = text.lastIndexOf("*/");
        boolean trimLeft = text.startsWith("{{-");
        boolean trimRight = text.endsWith("-}}");
        return new HelmAction(positions.span(token), trimLeft, trimRight, text.substring(open + 2, close).strip(),
                null, null);
    }

    private static HelmAction action(Token open, List<? extends Token> inner, Token close, TokenPositions positions,
                                     List<ParseProblem> problems) {
        Span span = positions.span(open, close);
        boolean trimLeft = open.getText().startsWith("{{-");
        boolean trimRight = close.getText().endsWith("-}}") && close.getText().length() > 2;
        List<Token> body = new ArrayList<>();
        int depth = 0;
        for (Token t : inner) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (t.getType() == HelmTemplateLexer.UNTERMINATED) {
                problems.add(new ParseProblem(positions.span(t), "string is never closed with '\"'"));
                return new HelmAction(span, trimLeft, trimRight, null, null, null);
            }
            if (t.getType() == HelmTemplateLexer.ERROR_CHAR) {
                problems.add(new ParseProblem(positions.span(t), "unexpected character in a template action"));
                return new HelmAction(span, trimLeft, trimRight, null, null, null);
            }
            if (t.getType() == HelmTemplateLexer.LPAREN && ++depth > MAX_DEPTH) {
                problems.add(new ParseProblem(positions.span(t), "parentheses nested more than " + MAX_DEPTH
                        + " deep in a template action"));
                return new HelmAction(span, trimLeft, trimRight, null, null, null);
            }
            if (t.getType() == HelmTemplateLexer.RPAREN || t.getType() == HelmTemplateLexer.RPAREN_FIELD) {
                depth--;
            }
            body.add(t);
        }
        String keyword = null;
        if (!body.isEmpty() && body.get(0).getType() == HelmTemplateLexer.IDENT && KEYWORDS.contains(body.get(0).getText())) {
            keyword = body.get(0).getText();
            body = body.subList(1, body.size());
            if (keyword.equals("else") && !body.isEmpty() && body.get(0).getType() == HelmTemplateLexer.IDENT
                    && Set.of("if", "with").contains(body.get(0).getText())) {
                keyword = "else " + body.get(0).getText();
                body = body.subList(1, body.size());
            }
        }
        if (body.isEmpty()) {
            return new HelmAction(span, trimLeft, trimRight, null, keyword, null);
        }
        HelmPipeline pipeline = pipeline(body, positions, problems);
        return new HelmAction(span, trimLeft, trimRight, null, keyword, pipeline);
    }

    private static HelmPipeline pipeline(List<Token> body, TokenPositions positions, List<ParseProblem> problems) {
        HelmActionParser parser = new HelmActionParser(new CommonTokenStream(new ListTokenSource(body)));
        parser.removeErrorListeners();
        List<ParseProblem> errors = new ArrayList<>();
        parser.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column, String msg,
                                    RecognitionException e) {
                if (errors.isEmpty()) {
                    Span where = offending instanceof Token t && t.getType() != Token.EOF ? positions.span(t)
                            : positions.span(body.get(body.size() - 1));
                    // ANTLR's message quotes the offending tokens, which may be a credential: the span says where
                    errors.add(new ParseProblem(where, "template action does not parse"));
                }
            }
        });
        try {
            HelmActionParser.ActionContext tree = parser.action();
            if (!errors.isEmpty()) {
                problems.addAll(errors);
                return null;
            }
            return tree.pipeline() == null ? null : new ActionModel(positions).pipeline(tree.pipeline());
        } catch (ParseCancellationException | StackOverflowError e) {
            problems.add(new ParseProblem(positions.span(body.get(0)), "template action does not parse"));
            return null;
        }
    }

    /** {@code #} comments in the text outside actions: at the start of a line or after a blank, not in quotes. */
    private static List<HelmTemplate.TextComment> yamlComments(HelmTemplate template) {
        List<HelmTemplate.TextComment> out = new ArrayList<>();
        for (int line = 1; line <= template.lineCount(); line++) {
            String text = template.textOutsideActions(line);
            int hash = commentStart(text);
            if (hash >= 0) {
                out.add(new HelmTemplate.TextComment(text.substring(hash + 1),
                        new Span(line, hash + 1, line, text.length() + 1)));
            }
        }
        return out;
    }

    private static int commentStart(String text) {
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                return i;
            }
        }
        return -1;
    }
}

package io.loclint.grammar.helm;

import io.loclint.grammar.Span;
import io.loclint.grammar.TokenPositions;
import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Converts an action's parse tree into the model; the converter stays here so the grammar can change. */
final class ActionModel {
    private final TokenPositions positions;

    ActionModel(TokenPositions positions) {
        this.positions = positions;
    }

    HelmPipeline pipeline(HelmActionParser.PipelineContext ctx) {
        String declared = null;
        if (ctx.declaration() != null) {
            declared = ctx.declaration().VARIABLE(ctx.declaration().VARIABLE().size() - 1).getText();
        }
        List<HelmCommand> commands = new ArrayList<>();
        for (HelmActionParser.CommandContext command : ctx.command()) {
            List<HelmTerm> terms = new ArrayList<>();
            for (HelmActionParser.OperandContext operand : command.operand()) {
                terms.add(operand(operand));
            }
            commands.add(new HelmCommand(List.copyOf(terms)));
        }
        return new HelmPipeline(declared, List.copyOf(commands));
    }

    private HelmTerm operand(HelmActionParser.OperandContext ctx) {
        return term(ctx.term());
    }

    private HelmTerm term(HelmActionParser.TermContext ctx) {
        Token start = ctx.getStart();
        Span span = positions.span(start, ctx.getStop());
        String text = start.getText();
        if (ctx instanceof HelmActionParser.FieldTermContext) {
            return new HelmTerm.FieldChain(".", split(text), span);
        }
        if (ctx instanceof HelmActionParser.VariableTermContext) {
            int dot = text.indexOf('.');
            String root = dot < 0 ? text : text.substring(0, dot);
            return new HelmTerm.FieldChain(root, dot < 0 ? List.of() : split(text.substring(dot)), span);
        }
        if (ctx instanceof HelmActionParser.StringTermContext) {
            return new HelmTerm.StringLit(unquote(text), span);
        }
        if (ctx instanceof HelmActionParser.RawStringTermContext || ctx instanceof HelmActionParser.CharTermContext) {
            return new HelmTerm.StringLit(text.substring(1, text.length() - 1), span);
        }
        if (ctx instanceof HelmActionParser.NumberTermContext) {
            return new HelmTerm.NumberLit(text, span);
        }
        if (ctx instanceof HelmActionParser.ParenTermContext paren) {
            return new HelmTerm.SubPipeline(pipeline(paren.pipeline()), span);
        }
        if (ctx instanceof HelmActionParser.ParenFieldTermContext paren) {
            String fields = paren.RPAREN_FIELD().getText().substring(1);
            return new HelmTerm.FieldChain("()", split(fields), span);
        }
        return new HelmTerm.Identifier(text, span);
    }

    private static List<String> split(String fields) {
        if (fields.equals(".")) {
            return List.of();
        }
        return List.copyOf(Arrays.asList(fields.substring(1).split("\\.")));
    }

    /** Go's interpreted string literal escapes. */
    static String unquote(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c == '\\' && i + 1 < literal.length() - 1) {
                char next = literal.charAt(++i);
                switch (next) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    default -> out.append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package io.loclint.grammar.python;

import io.loclint.grammar.ParseCancelled;
import io.loclint.grammar.ParseProblem;
import io.loclint.grammar.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static io.loclint.grammar.python.PyGrammar.*;

/** Turns a {@link FlatTree} into a {@link PyFile}; pure Java, recursion bounded by {@link FlatTree#MAX_DEPTH}. */
final class Extractor {
    private static final Set<String> IMPORT_GUARDS =
            Set.of("ImportError", "ModuleNotFoundError", "Exception", "BaseException");
    private static final Set<String> ARITHMETIC = Set.of("+", "-", "*", "/", "//", "%", "**", "@");
    private static final Comparator<Span> SPAN_ORDER = Comparator.comparingInt(Span::startLine)
            .thenComparingInt(Span::startColumn)
            .thenComparing(Comparator.comparingInt(Span::endLine).reversed())
            .thenComparing(Comparator.comparingInt(Span::endColumn).reversed());

    private final FlatTree t;
    /** The first parse, where the problems are read (t may be a repaired re-parse). */
    private final FlatTree original;
    private final String src;
    private final int[] lineStarts;
    private final int lineCount;
    private int lastLine;

    private final List<PyImport> imports = new ArrayList<>();
    private final List<PyFunction> functions = new ArrayList<>();
    private final List<PyClass> classes = new ArrayList<>();
    private final List<PyCall> calls = new ArrayList<>();
    private final List<PyAssignment> assignments = new ArrayList<>();
    private final List<PyBinding> bindings = new ArrayList<>();
    /** The dict display being read as an operand of a comparison: its entries are expected values, not bindings. */
    private int comparedDict = -1;
    private final List<PyString> strings = new ArrayList<>();
    private final List<PyComment> comments = new ArrayList<>();
    private final List<ParseProblem> problems = new ArrayList<>();

    /** Where a statement or expression sits. */
    private record Scope(String prefix, String function, boolean inClassBody, boolean nested, Body body,
                         boolean typeChecking, boolean guarded) {
        Scope with(boolean typeCheckingNow, boolean guardedNow) {
            return new Scope(prefix, function, inClassBody, nested, body, typeCheckingNow, guardedNow);
        }
    }

    /** A function body being summarised. */
    private static final class Body {
        int statements;
        final List<PyCall> calls = new ArrayList<>();
        final List<PyBody.Construct> controlFlow = new ArrayList<>();
        final List<PyBody.Construct> arithmetic = new ArrayList<>();
        final List<PyExpr> returns = new ArrayList<>();

        PyBody toRecord() {
            calls.sort(Comparator.comparing(PyCall::span, SPAN_ORDER));
            controlFlow.sort(Comparator.comparing(PyBody.Construct::span, SPAN_ORDER));
            arithmetic.sort(Comparator.comparing(PyBody.Construct::span, SPAN_ORDER));
            return new PyBody(statements, List.copyOf(calls), List.copyOf(controlFlow), List.copyOf(arithmetic),
                    List.copyOf(returns));
        }
    }

    Extractor(FlatTree tree, FlatTree original) {
        this.t = tree;
        this.original = original;
        this.src = tree.src;
        int[] starts = new int[64];
        int n = 1;
        int len = src.length();
        if (src.indexOf('\r') < 0) {
            // the usual case, and indexOf is far faster than a loop over charAt
            for (int i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        } else {
            for (int i = 0; i < len; i++) {
                char c = src.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= len || src.charAt(i + 1) != '\n'))) {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = i + 1;
                }
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
        this.lineCount = len == 0 ? 0 : (starts[n - 1] == len ? n - 1 : n);
    }

    PyFile extract() {
        if (t.size > 0) {
            Scope module = new Scope(null, null, false, false, null, false, false);
            block(0, module);
        }
        for (int i = 0; i < t.commentCount; i++) {
            int c = t.comments[i];
            String text = src.substring(Math.min(t.start[c] + 1, t.end[c]), t.end[c]);
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            int ls = lineStarts[line(t.start[c])];
            boolean trailing = !src.substring(ls, t.start[c]).isBlank();
            comments.add(new PyComment(text, trailing, span(c)));
        }
        FlatTree o = original;
        for (int i = 0; i < o.errorCount; i++) {
            int e = o.errors[i];
            if (o.kind(e) == ERROR) {
                int from = o.parent[e] == 0 ? o.badStart(e) : o.start[e];
                problems.add(new ParseProblem(span(from, Math.max(from, o.end[e])), "invalid syntax"));
            } else if (o.named(e)) {
                problems.add(new ParseProblem(span(o.start[e], o.end[e]), "missing " + PyGrammar.name(o.sym[e])));
            } else {
                problems.add(new ParseProblem(span(o.start[e], o.end[e]),
                        "missing '" + PyGrammar.name(o.sym[e]) + "'"));
            }
        }
        if (t.firstTooDeep >= 0) {
            problems.add(new ParseProblem(span(t.firstTooDeep), "expression nested more than "
                    + FlatTree.MAX_DEPTH + " levels deep; its contents are not analysed"));
        }
        problems.sort(Comparator.comparing(ParseProblem::span, SPAN_ORDER));
        calls.sort(Comparator.comparing(PyCall::span, SPAN_ORDER));
        strings.sort(Comparator.comparing(PyString::span, SPAN_ORDER));
        bindings.sort(Comparator.comparing(b -> b.value().span(), SPAN_ORDER));
        return new PyFile(List.copyOf(imports), List.copyOf(functions), List.copyOf(classes), List.copyOf(calls),
                List.copyOf(assignments), List.copyOf(bindings), List.copyOf(strings), List.copyOf(comments),
                List.copyOf(problems), lineCount);
    }

    // ---------------------------------------------------------------- statements

    /** The statements of a module, block or ERROR node. */
    private void block(int node, Scope scope) {
        boolean first = true;
        for (int c = t.firstNamed(node); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
            ParseCancelled.checkInterrupted();
            if (first && t.kind(node) != ERROR && isDocstring(c)) {
                if (scope.body != null) {
                    scope.body.statements++;
                }
                int before = strings.size();
                expr(t.firstNamed(c), scope);
                if (strings.size() > before) {
                    PyString s = strings.get(before);
                    strings.set(before, new PyString(s.value(), s.fString(), true, s.span()));
                }
            } else {
                statement(c, scope);
            }
            first = false;
        }
    }

    private boolean isDocstring(int stmt) {
        if (t.kind(stmt) != EXPRESSION_STATEMENT) {
            return false;
        }
        int e = t.firstNamed(stmt);
        if (e < 0 || t.nextNamed(t.nextSibling[e]) >= 0) {
            return false;
        }
        return t.kind(e) == STRING || t.kind(e) == CONCAT_STRING;
    }

    private void statement(int n, Scope scope) {
        int kind = t.kind(n);
        if (kind == ERROR) {
            block(n, scope);
            return;
        }
        if (kind == BLOCK) {
            block(n, scope);
            return;
        }
        if (scope.body != null) {
            scope.body.statements++;
        }
        switch (kind) {
            case EXPRESSION_STATEMENT -> {
                for (int c = t.firstNamed(n); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
                    switch (t.kind(c)) {
                        case ASSIGNMENT -> assignment(c, scope);
                        case AUGMENTED_ASSIGNMENT -> augmented(c, scope);
                        default -> expr(c, scope);
                    }
                }
            }
            case IMPORT, IMPORT_FROM, FUTURE_IMPORT -> importStatement(n, scope);
            case IF -> {
                construct(n, scope);
                int cond = t.child(n, F_CONDITION);
                if (cond >= 0) {
                    expr(cond, scope);
                }
                boolean typeChecking = cond >= 0 && isTypeChecking(cond);
                for (int c = t.firstNamed(n); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
                    if (c == cond) {
                        continue;
                    }
                    if (t.kind(c) == BLOCK) {
                        block(c, typeChecking ? scope.with(true, scope.guarded) : scope);
                    } else {
                        clause(c, scope);
                    }
                }
            }
            case TRY -> {
                construct(n, scope);
                boolean guards = false;
                for (int c = t.firstNamed(n); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
                    if ((t.kind(c) == EXCEPT || t.kind(c) == EXCEPT_GROUP) && catchesImportError(c)) {
                        guards = true;
                    }
                }
                for (int c = t.firstNamed(n); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
                    if (t.kind(c) == BLOCK) {
                        block(c, guards ? scope.with(scope.typeChecking, true) : scope);
                    } else if ((t.kind(c) == EXCEPT || t.kind(c) == EXCEPT_GROUP) && catchesImportError(c)) {
                        // the fallback of `try: import tomllib / except ImportError: import tomli`
                        clause(c, scope.with(scope.typeChecking, true));
                    } else {
                        clause(c, scope);
                    }
                }
            }
            case FOR -> {
                construct(n, scope);
                // the loop variable is bound in the enclosing scope, as by an assignment whose value is unknown
                int loopTarget = t.child(n, F_LEFT);
                if (loopTarget >= 0) {
                    target(loopTarget, null, null, null, n, scope);
                }
                for (int c = t.firstNamed(n); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
                    if (c == loopTarget) {
                        continue;
                    }
                    switch (t.kind(c)) {
                        case BLOCK -> block(c, scope);
                        case ELSE -> children(c, scope);
                        default -> statementOrExpr(c, scope);
                    }
                }
            }
            case WITH -> {
                construct(n, scope);
                withTargets(n, scope);
                children(n, scope);
            }
            case WHILE, MATCH -> {
                construct(n, scope);
                children(n, scope);
            }
            case FUNCTION_DEF -> function(n, List.of(), scope);
            case CLASS_DEF -> klass(n, List.of(), scope);
            case DECORATED -> {
                List<PyDecorator> decorators = new ArrayList<>();
                int def = -1;
                for (int c = t.firstNamed(n); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
                    if (t.kind(c) == DECORATOR) {
                        decorators.add(decorator(c, scope));
                    } else if (t.kind(c) == FUNCTION_DEF || t.kind(c) == CLASS_DEF) {
                        def = c;
                    } else {
                        statementOrExpr(c, scope);
                    }
                }
                if (def >= 0 && t.kind(def) == FUNCTION_DEF) {
                    function(def, List.copyOf(decorators), scope);
                } else if (def >= 0) {
                    klass(def, List.copyOf(decorators), scope);
                }
            }
            case RETURN -> {
                int e = t.firstNamed(n);
                if (e >= 0) {
                    PyExpr value = expr(e, scope);
                    if (scope.body != null) {
                        scope.body.returns.add(value);
                    }
                    for (int c = t.nextNamed(t.nextSibling[e]); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
                        expr(c, scope);
                    }
                }
            }
            default -> children(n, scope);
        }
    }

    /** {@code with open(p) as f:} binds {@code f} in the enclosing scope, as an assignment of unknown value. */
    private void withTargets(int n, Scope scope) {
        for (int clause = t.firstNamed(n); clause >= 0; clause = t.nextNamed(t.nextSibling[clause])) {
            if (!PyGrammar.name(t.sym[clause]).equals("with_clause")) {
                continue;
            }
            for (int item = t.firstNamed(clause); item >= 0; item = t.nextNamed(t.nextSibling[item])) {
                int value = t.firstNamed(item);
                int alias = value >= 0 && t.kind(value) == AS_PATTERN ? t.child(value, F_ALIAS) : -1;
                int bound = alias >= 0 ? t.firstNamed(alias) : -1;
                if (bound >= 0) {
                    target(bound, null, null, null, n, scope);
                }
            }
        }
    }

    /** elif / else / except / finally / case clauses and anything else inside a compound statement. */
    private void clause(int n, Scope scope) {
        switch (t.kind(n)) {
            case BLOCK -> block(n, scope);
            case ELIF, ELSE, EXCEPT, EXCEPT_GROUP, FINALLY, CASE -> children(n, scope);
            default -> statementOrExpr(n, scope);
        }
    }

    /** Every named child: blocks and clauses as statements, the rest as expressions. */
    private void children(int n, Scope scope) {
        for (int c = t.firstNamed(n); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
            switch (t.kind(c)) {
                case BLOCK -> block(c, scope);
                case ELIF, ELSE, EXCEPT, EXCEPT_GROUP, FINALLY, CASE -> children(c, scope);
                default -> statementOrExpr(c, scope);
            }
        }
    }

    private void statementOrExpr(int n, Scope scope) {
        if (isStatement(n)) {
            statement(n, scope);
        } else {
            expr(n, scope);
        }
    }

    private boolean isStatement(int n) {
        return switch (t.kind(n)) {
            case EXPRESSION_STATEMENT, IMPORT, IMPORT_FROM, FUTURE_IMPORT, IF, TRY, FOR, WHILE, WITH, MATCH,
                    FUNCTION_DEF, CLASS_DEF, DECORATED, RETURN, BLOCK -> true;
            default -> PyGrammar.name(t.sym[n]).endsWith("_statement");
        };
    }

    private void construct(int n, Scope scope) {
        if (scope.body != null) {
            scope.body.controlFlow.add(new PyBody.Construct(PyGrammar.name(t.sym[n]), span(n)));
        }
    }

    private boolean isTypeChecking(int cond) {
        while (t.kind(cond) == PARENTHESIZED && t.firstNamed(cond) >= 0) {
            cond = t.firstNamed(cond);
        }
        if (t.kind(cond) == IDENTIFIER) {
            return t.text(cond).equals("TYPE_CHECKING");
        }
        if (t.kind(cond) == ATTRIBUTE) {
            int attr = t.child(cond, F_ATTRIBUTE);
            return attr >= 0 && t.text(attr).equals("TYPE_CHECKING");
        }
        return false;
    }

    private boolean catchesImportError(int clause) {
        int e = t.firstNamed(clause);
        if (e < 0 || t.kind(e) == BLOCK) {
            return true; // bare except
        }
        if (t.kind(e) == AS_PATTERN) {
            e = t.firstNamed(e);
        }
        while (e >= 0 && t.kind(e) == PARENTHESIZED) {
            e = t.firstNamed(e);
        }
        if (e < 0) {
            return false;
        }
        if (t.kind(e) == TUPLE || t.kind(e) == EXPRESSION_LIST) {
            for (int c = t.firstNamed(e); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
                if (IMPORT_GUARDS.contains(lastName(c))) {
                    return true;
                }
            }
            return false;
        }
        return IMPORT_GUARDS.contains(lastName(e));
    }

    private String lastName(int n) {
        if (t.kind(n) == IDENTIFIER) {
            return t.text(n);
        }
        if (t.kind(n) == ATTRIBUTE) {
            int a = t.child(n, F_ATTRIBUTE);
            return a >= 0 ? t.text(a) : "";
        }
        return "";
    }

    // ---------------------------------------------------------------- imports

    private void importStatement(int n, Scope scope) {
        boolean topLevel = scope.prefix == null;
        String module = null;
        int level = 0;
        int kind = t.kind(n);
        if (kind == FUTURE_IMPORT) {
            module = "__future__";
        } else if (kind == IMPORT_FROM) {
            int m = t.child(n, F_MODULE_NAME);
            if (m < 0) {
                return;
            }
            if (t.kind(m) == RELATIVE_IMPORT) {
                module = "";
                for (int c = t.firstNamed(m); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
                    if (t.kind(c) == IMPORT_PREFIX) {
                        String dots = t.text(c);
                        for (int i = 0; i < dots.length(); i++) {
                            if (dots.charAt(i) == '.') {
                                level++;
                            }
                        }
                    } else if (t.kind(c) == DOTTED_NAME) {
                        module = dotted(c);
                    }
                }
            } else {
                module = dotted(m);
            }
        }
        for (int c = t.firstNamed(n); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
            if (kind == IMPORT_FROM && t.field[c] == F_MODULE_NAME) {
                continue;
            }
            String name;
            String alias = null;
            if (t.kind(c) == WILDCARD_IMPORT) {
                name = "*";
            } else if (t.kind(c) == ALIASED_IMPORT) {
                int nm = t.child(c, F_NAME);
                int al = t.child(c, F_ALIAS);
                name = nm >= 0 ? dotted(nm) : t.text(c);
                alias = al >= 0 ? t.text(al) : null;
            } else if (t.kind(c) == DOTTED_NAME || t.kind(c) == IDENTIFIER) {
                name = dotted(c);
            } else {
                continue;
            }
            if (kind == IMPORT) {
                imports.add(new PyImport(name, 0, null, alias, span(c), scope.typeChecking, scope.guarded, topLevel));
            } else {
                imports.add(new PyImport(module, level, name, alias, span(c), scope.typeChecking, scope.guarded,
                        topLevel));
            }
        }
    }

    /** {@code a.b.c} from a dotted_name, ignoring whitespace and comments between the parts. */
    private String dotted(int n) {
        if (t.kind(n) != DOTTED_NAME) {
            return t.text(n);
        }
        StringBuilder sb = new StringBuilder();
        for (int c = t.firstNamed(n); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(t.text(c));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- definitions

    private String qualify(Scope scope, String name) {
        return scope.prefix == null ? name : scope.prefix + "." + name;
    }

    private void function(int n, List<PyDecorator> decorators, Scope scope) {
        int nameNode = t.child(n, F_NAME);
        String name = nameNode >= 0 ? t.text(nameNode) : "";
        String qualified = qualify(scope, name);
        boolean async = t.text(n).startsWith("async");
        List<PyParameter> params = new ArrayList<>();
        int ps = t.child(n, F_PARAMETERS);
        if (ps >= 0) {
            parameters(ps, params, scope);
        }
        int returnType = t.child(n, F_RETURN_TYPE);
        if (returnType >= 0) {
            expr(returnType, scope);
        }
        int index = functions.size();
        functions.add(null);
        Body body = new Body();
        Scope inner = new Scope(qualified, qualified, false, true, body, false, false);
        for (int c = t.firstNamed(n); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
            if (c != nameNode && c != ps && c != returnType) {
                statementOrExpr(c, inner);
            }
        }
        functions.set(index, new PyFunction(name, qualified, decorators, List.copyOf(params),
                nameNode >= 0 ? span(nameNode) : span(n), span(n), scope.prefix, scope.inClassBody, async,
                body.toRecord()));
    }

    private void parameters(int ps, List<PyParameter> out, Scope scope) {
        for (int p = t.firstNamed(ps); p >= 0; p = t.nextNamed(t.nextSibling[p])) {
            switch (t.kind(p)) {
                case IDENTIFIER -> out.add(new PyParameter(t.text(p), null, null, span(p)));
                case LIST_SPLAT_PATTERN, DICT_SPLAT_PATTERN -> out.add(new PyParameter(splatName(p), null, null,
                        span(p)));
                case TYPED_PARAMETER -> {
                    int type = t.child(p, F_TYPE);
                    int nm = t.firstNamed(p);
                    String name = nm < 0 || nm == type ? "" : (t.kind(nm) == IDENTIFIER ? t.text(nm) : splatName(nm));
                    out.add(new PyParameter(name, type >= 0 ? expr(type, scope) : null, null, span(p)));
                }
                case DEFAULT_PARAMETER, TYPED_DEFAULT_PARAMETER -> {
                    int nm = t.child(p, F_NAME);
                    int type = t.child(p, F_TYPE);
                    int value = t.child(p, F_VALUE);
                    PyExpr defaultValue = value >= 0 ? expr(value, scope) : null;
                    out.add(new PyParameter(nm >= 0 ? t.text(nm) : "", type >= 0 ? expr(type, scope) : null,
                            defaultValue, span(p)));
                    if (nm >= 0) {
                        bind(PyBinding.Kind.PARAMETER_DEFAULT, t.text(nm), defaultValue);
                    }
                }
                case KEYWORD_SEPARATOR, POSITIONAL_SEPARATOR -> { }
                default -> expr(p, scope);
            }
        }
    }

    private String splatName(int n) {
        String stars = t.kind(n) == DICT_SPLAT_PATTERN ? "**" : "*";
        int id = t.firstNamed(n);
        return stars + (id >= 0 ? t.text(id) : "");
    }

    private void klass(int n, List<PyDecorator> decorators, Scope scope) {
        int nameNode = t.child(n, F_NAME);
        String name = nameNode >= 0 ? t.text(nameNode) : "";
        String qualified = qualify(scope, name);
        List<PyExpr> bases = new ArrayList<>();
        int sup = t.child(n, F_SUPERCLASSES);
        if (sup >= 0) {
            for (int c = t.firstNamed(sup); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
                PyExpr e = expr(c, scope);
                if (t.kind(c) != KEYWORD_ARGUMENT && t.kind(c) != DICTIONARY_SPLAT) {
                    bases.add(e);
                }
            }
        }
        classes.add(new PyClass(name, qualified, List.copyOf(bases), decorators,
                nameNode >= 0 ? span(nameNode) : span(n), scope.prefix));
        Scope inner = new Scope(qualified, scope.function, true, true, null, false, false);
        for (int c = t.firstNamed(n); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
            if (c != nameNode && c != sup) {
                statementOrExpr(c, inner);
            }
        }
    }

    private PyDecorator decorator(int n, Scope scope) {
        int e = t.firstNamed(n);
        if (e < 0) {
            return new PyDecorator(null, false, List.of(), List.of(), new PyExpr.Other("decorator", t.text(n),
                    span(n)), span(n));
        }
        PyExpr expr = expr(e, scope);
        if (expr instanceof PyExpr.Call call) {
            return new PyDecorator(PyExpr.dotted(call.func()), true, call.args(), call.keywords(), expr, span(n));
        }
        return new PyDecorator(PyExpr.dotted(expr), false, List.of(), List.of(), expr, span(n));
    }

    // ---------------------------------------------------------------- assignments

    private void assignment(int n, Scope scope) {
        List<Integer> targets = new ArrayList<>();
        int cur = n;
        int value = -1;
        while (true) {
            int left = t.child(cur, F_LEFT);
            if (left >= 0) {
                targets.add(left);
            }
            int type = t.child(cur, F_TYPE);
            if (type >= 0) {
                expr(type, scope);
            }
            int right = t.child(cur, F_RIGHT);
            if (right >= 0 && t.kind(right) == ASSIGNMENT) {
                cur = right;
                continue;
            }
            value = right;
            break;
        }
        PyExpr v = value >= 0 ? expr(value, scope) : null;
        if (value < 0) {
            for (int target : targets) {
                targetExpr(target, scope);
            }
            return; // a bare annotation `x: int` binds nothing
        }
        for (int target : targets) {
            target(target, v, v, null, n, scope);
        }
    }

    private void augmented(int n, Scope scope) {
        int left = t.child(n, F_LEFT);
        int op = t.child(n, F_OPERATOR);
        int right = t.child(n, F_RIGHT);
        String operator = op >= 0 ? t.text(op) : "=";
        if (operator.endsWith("=")) {
            operator = operator.substring(0, operator.length() - 1);
        }
        PyExpr v = right >= 0 ? expr(right, scope) : null;
        if (scope.body != null && ARITHMETIC.contains(operator)) {
            scope.body.arithmetic.add(new PyBody.Construct(operator + "=", span(n)));
        }
        if (left >= 0) {
            // `token += "..."` extends a value rather than binding one
            target(left, v, null, operator, n, scope);
        }
    }

    /**
     * Records one target of an assignment.
     *
     * @param value   what the assignment model gets: null for the parts of a tuple target
     * @param literal what the target is bound to for {@link #bindings}: the matching element when a tuple target
     *                meets a tuple of the same length ({@code user, password = "u", "p"}), else the value
     */
    private void target(int target, PyExpr value, PyExpr literal, String augmented, int stmt, Scope scope) {
        switch (t.kind(target)) {
            case PATTERN_LIST, TUPLE_PATTERN, LIST_PATTERN, TUPLE, LIST, EXPRESSION_LIST -> {
                List<PyExpr> elements = literal instanceof PyExpr.TupleExpr tuple ? tuple.elements()
                        : literal instanceof PyExpr.ListExpr list ? list.elements() : List.of();
                int count = 0;
                for (int c = t.firstNamed(target); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
                    count++;
                }
                int i = 0;
                for (int c = t.firstNamed(target); c >= 0; c = t.nextNamed(t.nextSibling[c]), i++) {
                    target(c, null, count == elements.size() ? elements.get(i) : null, augmented, stmt, scope);
                }
            }
            case PARENTHESIZED -> {
                int inner = t.firstNamed(target);
                if (inner >= 0) {
                    target(inner, value, literal, augmented, stmt, scope);
                }
            }
            case LIST_SPLAT_PATTERN, LIST_SPLAT -> {
                int inner = t.firstNamed(target);
                if (inner >= 0) {
                    target(inner, null, null, augmented, stmt, scope);
                }
            }
            default -> {
                String name;
                PyExpr e = null;
                if (t.kind(target) == IDENTIFIER) {
                    name = t.text(target);
                } else {
                    e = targetExpr(target, scope);
                    String d = PyExpr.dotted(e);
                    name = d != null ? d : t.text(target);
                }
                if (!(scope.inClassBody && scope.prefix != null && scope.body == null)) {
                    assignments.add(new PyAssignment(name, value, augmented, span(target), span(stmt),
                            scope.function));
                }
                if (e instanceof PyExpr.Subscript item) {
                    if (item.index() instanceof PyExpr.Str key && !key.fString()) {
                        bind(PyBinding.Kind.ITEM, key.value(), literal);
                    }
                } else {
                    bind(PyBinding.Kind.ASSIGNMENT, name, literal);
                }
            }
        }
    }

    /** A binding when the value is a string literal; any other value binds no string. */
    private void bind(PyBinding.Kind kind, String name, PyExpr value) {
        if (value instanceof PyExpr.Str literal && name != null && !name.isEmpty()) {
            bindings.add(new PyBinding(kind, name, literal));
        }
    }

    private PyExpr targetExpr(int target, Scope scope) {
        return expr(target, scope);
    }

    // ---------------------------------------------------------------- expressions

    private PyExpr expr(int n, Scope scope) {
        Span span = span(n);
        if ((t.flags[n] & 2) != 0) {
            return other(n, span);
        }
        switch (t.kind(n)) {
            case IDENTIFIER:
                return new PyExpr.Name(t.text(n), span);
            case ATTRIBUTE: {
                int obj = t.child(n, F_OBJECT);
                int attr = t.child(n, F_ATTRIBUTE);
                if (obj < 0 || attr < 0) {
                    break;
                }
                PyExpr object = expr(obj, scope);
                if (object instanceof PyExpr.Starred star && !star.doubleStar()) {
                    // the tree reads `*pkg.items` as `(*pkg).items`; Python reads `*(pkg.items)`
                    Span inner = star.value().span();
                    return new PyExpr.Starred(new PyExpr.Attribute(star.value(), t.text(attr), new Span(
                            inner.startLine(), inner.startColumn(), span.endLine(), span.endColumn())), false, span);
                }
                return new PyExpr.Attribute(object, t.text(attr), span);
            }
            case CALL:
                return call(n, scope, span);
            case STRING: {
                PyExpr.Str s = str(n, scope);
                strings.add(new PyString(s.value(), s.fString(), false, span));
                return s;
            }
            case CONCAT_STRING: {
                StringBuilder sb = new StringBuilder();
                boolean f = false;
                for (int c = t.firstNamed(n); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
                    if (t.kind(c) == STRING) {
                        PyExpr.Str part = str(c, scope);
                        sb.append(part.value());
                        f |= part.fString();
                    }
                }
                strings.add(new PyString(sb.toString(), f, false, span));
                return new PyExpr.Str(sb.toString(), f, span);
            }
            case INTEGER:
            case FLOAT:
                return new PyExpr.Num(t.text(n), span);
            case TRUE:
            case FALSE:
            case NONE:
                return new PyExpr.Constant(t.text(n), span);
            case LIST:
                return new PyExpr.ListExpr(elements(n, scope), span);
            case TUPLE:
            case EXPRESSION_LIST:
                return new PyExpr.TupleExpr(elements(n, scope), span);
            case SET:
                return new PyExpr.SetExpr(elements(n, scope), span);
            case DICTIONARY: {
                List<PyExpr.DictEntry> entries = new ArrayList<>();
                for (int c = t.firstNamed(n); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
                    if (t.kind(c) == PAIR) {
                        int k = t.child(c, F_KEY);
                        int v = t.child(c, F_VALUE);
                        PyExpr key = k >= 0 ? expr(k, scope) : null;
                        PyExpr value = v >= 0 ? expr(v, scope) : other(c, span(c));
                        entries.add(new PyExpr.DictEntry(key, value));
                        if (key instanceof PyExpr.Str name && !name.fString() && n != comparedDict) {
                            bind(PyBinding.Kind.DICT_ENTRY, name.value(), value);
                        }
                    } else if (t.kind(c) == DICTIONARY_SPLAT) {
                        int inner = t.firstNamed(c);
                        entries.add(new PyExpr.DictEntry(null, inner >= 0 ? expr(inner, scope) : other(c, span(c))));
                    } else {
                        expr(c, scope);
                    }
                }
                return new PyExpr.DictExpr(List.copyOf(entries), span);
            }
            case BINARY_OPERATOR: {
                int l = t.child(n, F_LEFT);
                int op = t.child(n, F_OPERATOR);
                int r = t.child(n, F_RIGHT);
                if (l < 0 || op < 0 || r < 0) {
                    break;
                }
                String operator = t.text(op);
                PyExpr left = expr(l, scope);
                PyExpr right = expr(r, scope);
                if (scope.body != null && ARITHMETIC.contains(operator)
                        && !(left instanceof PyExpr.Str) && !(right instanceof PyExpr.Str)) {
                    scope.body.arithmetic.add(new PyBody.Construct(operator, span));
                }
                return new PyExpr.BinOp(operator, left, right, span);
            }
            case SUBSCRIPT: {
                int v = t.child(n, F_VALUE);
                if (v < 0) {
                    break;
                }
                PyExpr value = expr(v, scope);
                List<PyExpr> index = new ArrayList<>();
                int first = -1;
                int last = -1;
                for (int c = t.firstNamed(n); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
                    if (t.field[c] == F_SUBSCRIPT) {
                        index.add(expr(c, scope));
                        first = first < 0 ? c : first;
                        last = c;
                    } else if (c != v) {
                        expr(c, scope);
                    }
                }
                PyExpr idx = index.size() == 1 ? index.get(0)
                        : index.isEmpty() ? new PyExpr.Other("subscript", "", span)
                        : new PyExpr.TupleExpr(List.copyOf(index), span(t.start[first], t.end[last]));
                return new PyExpr.Subscript(value, idx, span);
            }
            case LIST_SPLAT:
            case DICTIONARY_SPLAT: {
                int inner = t.firstNamed(n);
                if (inner < 0) {
                    break;
                }
                return new PyExpr.Starred(expr(inner, scope), t.kind(n) == DICTIONARY_SPLAT, span);
            }
            case PARENTHESIZED: {
                int inner = t.firstNamed(n);
                if (inner >= 0 && t.nextNamed(t.nextSibling[inner]) < 0 && t.kind(inner) != ERROR) {
                    return expr(inner, scope);
                }
                break;
            }
            case TYPE: {
                int inner = t.firstNamed(n);
                if (inner >= 0 && t.nextNamed(t.nextSibling[inner]) < 0) {
                    return expr(inner, scope);
                }
                break;
            }
            case LIST_COMPREHENSION:
            case SET_COMPREHENSION:
            case DICT_COMPREHENSION:
            case GENERATOR:
                construct(n, scope);
                break;
            case COMPARISON: {
                // assert obj == {"token": "secret"}: the dict is what a value should equal, written again
                for (int c = t.firstNamed(n); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
                    int outer = comparedDict;
                    comparedDict = t.kind(c) == DICTIONARY ? c : -1;
                    statementOrExpr(c, scope);
                    comparedDict = outer;
                }
                return other(n, span);
            }
            case NAMED_EXPRESSION:
            case DEFAULT_PARAMETER:
            case TYPED_DEFAULT_PARAMETER:
            case KEYWORD_ARGUMENT:
                // walrus, lambda defaults and class-header keywords: calls and def parameters are read elsewhere
                return namedValue(n, scope, span);
            default:
                break;
        }
        // anything else: keep the text, but still collect what is inside
        for (int c = t.firstNamed(n); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
            statementOrExpr(c, scope);
        }
        return other(n, span);
    }

    /** {@code name := value}, {@code name=value}: the children collected, a literal value bound to the name. */
    private PyExpr namedValue(int n, Scope scope, Span span) {
        int name = t.child(n, F_NAME);
        int value = t.child(n, F_VALUE);
        for (int c = t.firstNamed(n); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
            PyExpr e = expr(c, scope);
            if (c == value && name >= 0) {
                bind(t.kind(n) == NAMED_EXPRESSION ? PyBinding.Kind.ASSIGNMENT
                        : t.kind(n) == KEYWORD_ARGUMENT ? PyBinding.Kind.KEYWORD_ARGUMENT
                        : PyBinding.Kind.PARAMETER_DEFAULT, t.text(name), e);
            }
        }
        return other(n, span);
    }

    private PyExpr.Other other(int n, Span span) {
        return new PyExpr.Other(PyGrammar.name(t.sym[n]), t.text(n), span);
    }

    private List<PyExpr> elements(int n, Scope scope) {
        List<PyExpr> out = new ArrayList<>();
        for (int c = t.firstNamed(n); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
            out.add(expr(c, scope));
        }
        return List.copyOf(out);
    }

    private PyExpr call(int n, Scope scope, Span span) {
        int fn = t.child(n, F_FUNCTION);
        int argsNode = t.child(n, F_ARGUMENTS);
        PyExpr func = fn >= 0 ? expr(fn, scope) : new PyExpr.Other("missing", "", span);
        List<PyExpr> args = new ArrayList<>();
        List<PyExpr.Keyword> keywords = new ArrayList<>();
        if (argsNode >= 0 && t.kind(argsNode) == ARGUMENT_LIST) {
            for (int c = t.firstNamed(argsNode); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
                switch (t.kind(c)) {
                    case KEYWORD_ARGUMENT -> {
                        int nm = t.child(c, F_NAME);
                        int v = t.child(c, F_VALUE);
                        PyExpr value = v >= 0 ? expr(v, scope) : other(c, span(c));
                        keywords.add(new PyExpr.Keyword(nm >= 0 ? t.text(nm) : "", value, span(c)));
                        if (nm >= 0) {
                            bind(PyBinding.Kind.KEYWORD_ARGUMENT, t.text(nm), value);
                        }
                    }
                    case DICTIONARY_SPLAT -> {
                        int inner = t.firstNamed(c);
                        keywords.add(new PyExpr.Keyword(null, inner >= 0 ? expr(inner, scope) : other(c, span(c)),
                                span(c)));
                    }
                    default -> args.add(expr(c, scope));
                }
            }
        } else if (argsNode >= 0) {
            args.add(expr(argsNode, scope)); // f(x for x in y)
        }
        PyExpr.Call call = new PyExpr.Call(func, List.copyOf(args), List.copyOf(keywords), span);
        PyCall pc = new PyCall(PyExpr.dotted(func), call, scope.function);
        calls.add(pc);
        if (scope.body != null) {
            scope.body.calls.add(pc);
        }
        return call;
    }

    /** A string literal; f-strings keep their literal parts and their interpolations are scanned. */
    private PyExpr.Str str(int n, Scope scope) {
        String text = t.text(n);
        boolean f = PyStrings.isFString(text);
        boolean raw = PyStrings.isRaw(text);
        boolean bytes = PyStrings.isBytes(text);
        int[] body = PyStrings.body(text);
        int base = t.start[n];
        if (!f) {
            String inner = text.substring(body[0], body[1]);
            return new PyExpr.Str(raw ? inner : PyStrings.unescape(inner, bytes), false, span(n));
        }
        StringBuilder sb = new StringBuilder();
        int from = base + body[0];
        int to = base + body[1];
        for (int c = t.firstNamed(n); c >= 0; c = t.nextNamed(t.nextSibling[c])) {
            if (t.kind(c) == INTERPOLATION) {
                literalPart(sb, from, Math.min(t.start[c], to), raw);
                from = Math.max(from, t.end[c]);
                for (int e = t.firstNamed(c); e >= 0; e = t.nextNamed(t.nextSibling[e])) {
                    expr(e, scope);
                }
            }
        }
        literalPart(sb, from, to, raw);
        return new PyExpr.Str(sb.toString(), true, span(n));
    }

    private void literalPart(StringBuilder sb, int from, int to, boolean raw) {
        if (from >= to) {
            return;
        }
        String part = src.substring(from, to).replace("{{", "{").replace("}}", "}");
        sb.append(raw ? part : PyStrings.unescape(part, false));
    }

    // ---------------------------------------------------------------- positions

    private int line(int offset) {
        // spans come mostly in source order: try the line of the last lookup before searching
        int last = lastLine;
        if (offset >= lineStarts[last] && (last + 1 == lineStarts.length || offset < lineStarts[last + 1])) {
            return last;
        }
        int i = Arrays.binarySearch(lineStarts, offset);
        lastLine = i >= 0 ? i : -i - 2;
        return lastLine;
    }

    private Span span(int n) {
        return span(t.start[n], t.end[n]);
    }

    private Span span(int from, int to) {
        int l1 = line(from);
        int l2 = to == from ? l1 : line(to);
        return new Span(l1 + 1, from - lineStarts[l1] + 1, l2 + 1, to - lineStarts[l2] + 1);
    }
}

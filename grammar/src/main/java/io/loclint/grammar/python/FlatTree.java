package io.loclint.grammar.python;

import org.treesitter.TSNode;
import org.treesitter.TSTree;

import java.lang.ref.Reference;
import java.util.Arrays;

/**
 * A Java-side copy of the parts of a tree-sitter tree the extractor reads, built by one iterative cursor walk so
 * that the extraction itself makes no JNI call and the native tree can be dropped right after. Offsets are char
 * indexes into the source (the parser is fed UTF-16LE, so a byte offset is twice a char index).
 *
 * <p>Subtrees deeper than {@link #MAX_DEPTH} are kept as leaves (the extractor sees them as {@code Other});
 * plain (non-f) string literals are kept as leaves too and decoded from the source text.
 */
final class FlatTree {
    static final int MAX_DEPTH = 400;

    final String src;
    int size;
    int[] sym;
    int[] start;
    int[] end;
    int[] field;
    int[] parent;
    int[] firstChild;
    int[] nextSibling;
    /** bit 1: MISSING node; bit 2: subtree cut off by the depth cap; bit 4: is or contains an error. */
    byte[] flags;
    int[] comments = new int[16];
    int commentCount;
    /** outermost ERROR nodes and MISSING nodes, in walk (= source) order. */
    int[] errors = new int[4];
    int errorCount;
    int firstTooDeep = -1;

    private FlatTree(String src, int capacity) {
        this.src = src;
        sym = new int[capacity];
        start = new int[capacity];
        end = new int[capacity];
        field = new int[capacity];
        parent = new int[capacity];
        firstChild = new int[capacity];
        nextSibling = new int[capacity];
        flags = new byte[capacity];
    }

    int kind(int node) {
        return PyGrammar.KIND[sym[node]];
    }

    boolean named(int node) {
        return PyGrammar.NAMED[sym[node]];
    }

    boolean missing(int node) {
        return (flags[node] & 1) != 0;
    }

    String text(int node) {
        return src.substring(start[node], end[node]);
    }

    /** The first child with the given field id, or -1. */
    int child(int node, int fieldId) {
        for (int c = firstChild[node]; c >= 0; c = nextSibling[c]) {
            if (field[c] == fieldId) {
                return c;
            }
        }
        return -1;
    }

    /** The first named, non-comment child, or -1. */
    int firstNamed(int node) {
        return nextNamed(firstChild[node]);
    }

    /** {@code c} itself or the next sibling after it that is named and not a comment, or -1. */
    int nextNamed(int c) {
        while (c >= 0 && (!named(c) || kind(c) == PyGrammar.COMMENT)) {
            c = nextSibling[c];
        }
        return c;
    }

    /**
     * The tree from {@link NativePython#parse} records. Same result as {@link #build}: pre-order indexes, outermost
     * ERROR and all MISSING nodes in {@link #errors}, comments in {@link #comments}, first depth-capped node.
     */
    static FlatTree fromRecords(int[] records, String src) {
        int count = records.length / NativePython.RECORD;
        FlatTree t = new FlatTree(src, Math.max(1, count));
        // lastChild[i]: the last child linked to node i so far; underError[i]: an ancestor of i is an ERROR
        int[] lastChild = new int[count];
        boolean[] underError = new boolean[count];
        for (int r = 0, i = 0; i < count; i++, r += NativePython.RECORD) {
            int symbol = records[r + NativePython.R_SYMBOL] & 0xFFFF;
            int parentIdx = records[r + NativePython.R_PARENT];
            int idx = t.add(symbol, records[r + NativePython.R_START], records[r + NativePython.R_FIELD], parentIdx);
            t.setEnd(idx, records[r + NativePython.R_END]);
            lastChild[idx] = -1;
            if (parentIdx >= 0) {
                int prev = lastChild[parentIdx];
                if (prev < 0) {
                    t.firstChild[parentIdx] = idx;
                } else {
                    t.nextSibling[prev] = idx;
                }
                lastChild[parentIdx] = idx;
                underError[idx] = underError[parentIdx] || PyGrammar.KIND[t.sym[parentIdx]] == PyGrammar.ERROR;
            }
            int flags = records[r + NativePython.R_FLAGS];
            int kind = PyGrammar.KIND[symbol];
            if (kind == PyGrammar.ERROR && !underError[idx]) {
                t.addError(idx);
            } else if (kind == PyGrammar.COMMENT) {
                t.addComment(idx);
            } else if ((flags & 1) != 0) {
                t.markMissing(idx);
            }
            if ((flags & 2) != 0) {
                t.markTooDeep(idx);
            }
        }
        // as in build: a parent ends where its last child ends (tree-sitter's own end can take in trailing text)
        for (int i = count - 1; i >= 0; i--) {
            if (lastChild[i] >= 0) {
                t.setEnd(i, t.end[lastChild[i]]);
            }
        }
        if (t.errorCount > 0) {
            t.markErrors();
        }
        return t;
    }

    static FlatTree build(TSTree tree, String src) {
        FlatTree t = new FlatTree(src, Math.max(64, src.length() / 3));
        TSNode root = tree.getRootNode();
        boolean hasError = TsNative.hasError(root);
        long cursor = TsNative.cursorNew(root);
        try {
            t.walk(cursor, hasError);
        } finally {
            TsNative.cursorDelete(cursor);
            // The TSTree frees its native tree through a Cleaner once it is unreachable; without this fence the JIT
            // may consider it dead after getRootNode(), and the walk then reads freed memory (a SIGSEGV in
            // ts_tree_cursor_* under GC pressure, seen on the 200-location benchmark).
            Reference.reachabilityFence(tree);
        }
        if (hasError) {
            t.markErrors();
        }
        return t;
    }

    private void walk(long cursor, boolean hasError) {
        int[] stack = new int[MAX_DEPTH + 2];   // node index per depth
        int[] lastChild = new int[MAX_DEPTH + 2];
        int errorAncestors = 0;                 // ERROR nodes on the current path
        boolean[] isError = new boolean[MAX_DEPTH + 2];
        int depth = 0;
        while (true) {
            TSNode node = TsNative.current(cursor);
            int symbol = TsNative.symbol(node) & 0xFFFF;
            int idx = add(symbol, TsNative.startByte(node) >>> 1, TsNative.fieldId(cursor),
                    depth == 0 ? -1 : stack[depth - 1]);
            if (depth > 0) {
                int prev = lastChild[depth - 1];
                if (prev < 0) {
                    firstChild[stack[depth - 1]] = idx;
                } else {
                    nextSibling[prev] = idx;
                }
                lastChild[depth - 1] = idx;
            }
            int kind = PyGrammar.KIND[symbol];
            boolean error = kind == PyGrammar.ERROR;
            if (error && errorAncestors == 0) {
                addError(idx);
            } else if (kind == PyGrammar.COMMENT) {
                addComment(idx);
            } else if (hasError && TsNative.isMissing(node)) {
                markMissing(idx);
            }
            boolean descend = !(kind == PyGrammar.STRING && !isFString(start[idx]));
            if (descend && depth >= MAX_DEPTH) {
                descend = false;
                if (TsNative.firstChild(cursor)) {
                    TsNative.parent(cursor);
                    markTooDeep(idx);
                }
            }
            if (descend && TsNative.firstChild(cursor)) {
                // a parent ends where its last child ends: set when the walk climbs back (saves a JNI call)
                stack[depth] = idx;
                lastChild[depth] = -1;
                isError[depth] = error;
                if (error) {
                    errorAncestors++;
                }
                depth++;
                continue;
            }
            setEnd(idx, TsNative.endByte(node) >>> 1);
            while (!TsNative.nextSibling(cursor)) {
                if (depth == 0 || !TsNative.parent(cursor)) {
                    return;
                }
                depth--;
                setEnd(stack[depth], end[lastChild[depth]]);
                if (isError[depth]) {
                    errorAncestors--;
                }
            }
        }
    }

    boolean hasError(int node) {
        return (flags[node] & 4) != 0;
    }

    /** Children come after their parent in pre-order, so one backwards pass propagates error flags upwards. */
    private void markErrors() {
        for (int i = 0; i < errorCount; i++) {
            flags[errors[i]] |= 4;
        }
        for (int i = size - 1; i > 0; i--) {
            if (PyGrammar.KIND[sym[i]] == PyGrammar.ERROR) {
                flags[i] |= 4;
            }
            if ((flags[i] & 4) != 0 && parent[i] >= 0) {
                flags[parent[i]] |= 4;
            }
        }
    }

    /**
     * Where a module-level ERROR really starts to go wrong: tree-sitter often wraps good definitions into the
     * ERROR node that follows them, so skip the leading children that are whole, error-free statements.
     */
    int badStart(int error) {
        for (int c = firstChild[error]; c >= 0; c = nextSibling[c]) {
            int k = kind(c);
            boolean whole = named(c) && !hasError(c) && k != PyGrammar.ERROR
                    && (k == PyGrammar.FUNCTION_DEF || k == PyGrammar.CLASS_DEF || k == PyGrammar.DECORATED
                    || k == PyGrammar.COMMENT || PyGrammar.name(sym[c]).endsWith("statement"));
            if (!whole) {
                return start[c];
            }
        }
        return start[error];
    }

    private boolean isFString(int at) {
        for (int i = at; i < src.length() && i < at + 3; i++) {
            char c = src.charAt(i);
            if (c == 'f' || c == 'F' || c == 't' || c == 'T') {
                return true;
            }
            if (c == '\'' || c == '"') {
                return false;
            }
        }
        return false;
    }

    private void setEnd(int idx, int e) {
        end[idx] = Math.max(start[idx], Math.min(e, src.length()));
    }

    private int add(int symbol, int s, int fieldId, int parentIdx) {
        if (size == sym.length) {
            int cap = size * 2;
            sym = Arrays.copyOf(sym, cap);
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            field = Arrays.copyOf(field, cap);
            parent = Arrays.copyOf(parent, cap);
            firstChild = Arrays.copyOf(firstChild, cap);
            nextSibling = Arrays.copyOf(nextSibling, cap);
            flags = Arrays.copyOf(flags, cap);
        }
        int i = size++;
        sym[i] = symbol;
        start[i] = Math.min(s, src.length());
        end[i] = start[i];
        field[i] = fieldId == 0 ? -2 : fieldId;
        parent[i] = parentIdx;
        firstChild[i] = -1;
        nextSibling[i] = -1;
        return i;
    }

    private void addComment(int idx) {
        if (commentCount == comments.length) {
            comments = Arrays.copyOf(comments, commentCount * 2);
        }
        comments[commentCount++] = idx;
    }

    private void markMissing(int idx) {
        flags[idx] |= 1;
        addError(idx);
    }

    private void markTooDeep(int idx) {
        flags[idx] |= 2;
        if (firstTooDeep < 0) {
            firstTooDeep = idx;
        }
    }

    private void addError(int idx) {
        if (errorCount == errors.length) {
            errors = Arrays.copyOf(errors, errorCount * 2);
        }
        errors[errorCount++] = idx;
    }
}

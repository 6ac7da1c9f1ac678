package io.loclint.grammar.python;

import io.loclint.grammar.ParseCancelled;
import io.loclint.grammar.ParseProblem;
import io.loclint.grammar.Span;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSParser;
import org.treesitter.TSTree;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Python source to {@link PyFile}, parsed by the grammar this project builds ({@link NativePython}) when the build
 * could make it, else by the binding's prebuilt one ({@link #backend()} says which). Thread-safe: a tree-sitter
 * parser never serves two threads at once (a shared one crashes the JVM); native parsers are lent from an idle
 * queue, the binding's are one per thread. Either is fed UTF-16LE, so every tree-sitter byte offset is twice a Java
 * char index and no byte-to-char table is needed. The tree is copied once into a {@link FlatTree} and dropped;
 * extraction is pure Java. Never throws: an internal failure becomes a {@link ParseProblem}.
 */
public final class PythonFrontEnd {
    private static final int READ_CHUNK_BYTES = 1 << 15;
    private static final int MAX_REPAIRS = 8;

    /** The binding's parser and read buffer, used only when {@link NativePython} is not available. */
    private static final class PerThread {
        final TSParser parser = new TSParser();
        final byte[] buffer = new byte[READ_CHUNK_BYTES];

        PerThread() {
            parser.setLanguage(PyGrammar.Binding.LANGUAGE);
        }
    }

    private static final ThreadLocal<PerThread> PARSERS = ThreadLocal.withInitial(PerThread::new);

    /**
     * Idle native parsers. A parser serves one thread at a time, so each parse takes one (or makes one) and puts it
     * back: there are never more than the most threads that parsed at once, however many runs and thread pools a
     * process goes through (a parser per thread would leak one per pool thread).
     */
    static final ConcurrentLinkedQueue<Long> IDLE_NATIVE_PARSERS = new ConcurrentLinkedQueue<>();

    private PythonFrontEnd() {
    }

    public static PyFile parse(String source) {
        String src = source == null ? "" : source;
        try {
            FlatTree tree = flatten(src);
            if (tree.errorCount == 0) {
                return new Extractor(tree, tree).extract();
            }
            FlatTree repaired = tree;
            String text = src;
            for (int round = 0; round < MAX_REPAIRS; round++) {
                // each round parses the whole file again: a parse whose time is up stops between them
                ParseCancelled.checkInterrupted();
                String blanked = blankBrokenTopLevel(repaired, text);
                if (blanked == null) {
                    break;
                }
                text = blanked;
                repaired = flatten(text);
            }
            return new Extractor(repaired, tree).extract();
        } catch (RuntimeException | StackOverflowError e) {
            return failed(src, e);
        }
    }

    /**
     * tree-sitter often lets one broken statement (an unclosed bracket, say) swallow every definition after it
     * into a module-level ERROR node. This blanks the broken part, from where it goes wrong up to the next line
     * that starts a definition at column 0, keeping line breaks so that every position stays the same, and returns
     * the new text; null when there is nothing to recover.
     */
    static String blankBrokenTopLevel(FlatTree t, String text) {
        if (t.size == 0) {
            return null;
        }
        char[] chars = null;
        for (int c = t.firstChild[0]; c >= 0; c = t.nextSibling[c]) {
            if (t.kind(c) != PyGrammar.ERROR) {
                continue;
            }
            int from = t.badStart(c);
            int restart = nextDefinitionLine(text, from, t.end[c]);
            if (restart < 0) {
                continue;
            }
            if (chars == null) {
                chars = text.toCharArray();
            }
            for (int i = from; i < restart; i++) {
                if (chars[i] != '\n' && chars[i] != '\r') {
                    chars[i] = ' ';
                }
            }
        }
        return chars == null ? null : new String(chars);
    }

    private static int nextDefinitionLine(String text, int from, int limit) {
        int i = text.indexOf('\n', from);
        while (i >= 0 && i + 1 < limit) {
            int line = i + 1;
            if (text.startsWith("def ", line) || text.startsWith("async def ", line) || text.startsWith("class ", line)
                    || text.startsWith("@", line)) {
                return line;
            }
            i = text.indexOf('\n', line);
        }
        return -1;
    }

    /** Which build of the grammar parses: "native ..." or "binding (why the native one is not used)". */
    public static String backend() {
        return NativePython.AVAILABLE ? "native (tree-sitter-python built with -O2)"
                : "tree-sitter binding (" + NativePython.UNAVAILABLE_REASON + ")";
    }

    /** Parses and copies the tree; no native tree outlives this call. */
    static FlatTree flatten(String src) {
        return NativePython.AVAILABLE ? flattenNative(src) : flattenWithBinding(src);
    }

    private static FlatTree flattenNative(String src) {
        Long idle = IDLE_NATIVE_PARSERS.poll();
        long parser = idle != null ? idle : NativePython.newParser();
        if (parser == 0) {
            throw new IllegalStateException("tree-sitter could not create a parser");
        }
        int[] records;
        try {
            records = NativePython.parse(parser, src, PyGrammar.STRING_SYMBOL, FlatTree.MAX_DEPTH);
        } finally {
            IDLE_NATIVE_PARSERS.add(parser);
        }
        if (records == null) {
            throw new IllegalStateException("tree-sitter returned no tree");
        }
        return FlatTree.fromRecords(records, src);
    }

    static FlatTree flattenWithBinding(String src) {
        PerThread state = PARSERS.get();
        byte[] buf = state.buffer;
        int length = src.length();
        TSTree tree;
        try {
            tree = state.parser.parse(buf, null, (b, byteOffset, point) -> {
                int from = byteOffset >>> 1;
                if (from >= length) {
                    return 0;
                }
                int to = Math.min(length, from + (b.length >>> 1));
                int j = 0;
                for (int i = from; i < to; i++) {
                    char c = src.charAt(i);
                    b[j++] = (byte) c;
                    b[j++] = (byte) (c >>> 8);
                }
                return j;
            }, TSInputEncoding.TSInputEncodingUTF16);
        } catch (RuntimeException e) {
            state.parser.reset();
            throw e;
        }
        if (tree == null) {
            state.parser.reset();
            throw new IllegalStateException("tree-sitter returned no tree");
        }
        return FlatTree.build(tree, src);
    }

    private static PyFile failed(String src, Throwable e) {
        int lines = (int) src.chars().filter(c -> c == '\n').count() + (src.isEmpty() || src.endsWith("\n") ? 0 : 1);
        ParseProblem p = new ParseProblem(Span.point(1, 1),
                "could not analyse this file: " + e.getClass().getSimpleName());
        return new PyFile(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(p), lines);
    }
}

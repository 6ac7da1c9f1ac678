package io.loclint.grammar.python;

import org.treesitter.TSNode;
import org.treesitter.TSParser;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Direct access to the binding's static natives, for {@link FlatTree#build}'s walk of a tree the binding parsed
 * (when {@link NativePython} is not available). The public {@code TSNode} getters each make two JNI calls (a
 * null check, then the getter), which doubled the cost of a tree walk; the natives are {@code protected static}
 * on {@link TSParser}, so a subclass may call them. Never instantiated.
 */
final class TsNative extends TSParser {
    /** {@code TSNode.context0} holds the start byte; reading it avoids one JNI call per node. */
    private static final VarHandle START_BYTE = startByteHandle();

    private TsNative() {
        throw new AssertionError();
    }

    private static VarHandle startByteHandle() {
        try {
            var field = TSNode.class.getDeclaredField("context0");
            return MethodHandles.privateLookupIn(TSNode.class, MethodHandles.lookup()).unreflectVarHandle(field);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    static long cursorNew(TSNode node) {
        return ts_tree_cursor_new(node);
    }

    static void cursorDelete(long cursor) {
        ts_tree_cursor_delete(cursor);
    }

    static TSNode current(long cursor) {
        return ts_tree_cursor_current_node(cursor);
    }

    static int fieldId(long cursor) {
        return ts_tree_cursor_current_field_id(cursor);
    }

    static boolean firstChild(long cursor) {
        return ts_tree_cursor_goto_first_child(cursor);
    }

    static boolean nextSibling(long cursor) {
        return ts_tree_cursor_goto_next_sibling(cursor);
    }

    static boolean parent(long cursor) {
        return ts_tree_cursor_goto_parent(cursor);
    }

    static int symbol(TSNode node) {
        return ts_node_symbol(node);
    }

    static int startByte(TSNode node) {
        return START_BYTE != null ? (int) START_BYTE.get(node) : ts_node_start_byte(node);
    }

    static int endByte(TSNode node) {
        return ts_node_end_byte(node);
    }

    static boolean isMissing(TSNode node) {
        return ts_node_is_missing(node);
    }

    static boolean hasError(TSNode node) {
        return ts_node_has_error(node);
    }
}

/*
 * JNI glue for io.loclint.grammar.python.NativePython: parses UTF-16 Python source with tree-sitter-python and
 * returns the whole tree as one int array, so that Java makes one JNI call per file instead of several per node.
 *
 * Record layout, pre-order, RECORD ints per node:
 *   0 symbol, 1 field id (0 = none), 2 start char, 3 end char, 4 parent record index (-1 for the root), 5 flags
 * flags: 1 = MISSING node, 2 = children cut off by the depth cap.
 * A node whose symbol is the string symbol and whose text does not start with an f/t prefix is kept as a leaf,
 * as FlatTree did when it walked the tree itself.
 */
#include <jni.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

const TSLanguage *tree_sitter_python(void);

enum { RECORD = 6 };

static jclass out_of_memory_class(JNIEnv *env) {
    return (*env)->FindClass(env, "java/lang/OutOfMemoryError");
}

JNIEXPORT jlong JNICALL Java_io_loclint_grammar_python_NativePython_newParser(JNIEnv *env, jclass cls) {
    TSParser *parser = ts_parser_new();
    if (parser == NULL || !ts_parser_set_language(parser, tree_sitter_python())) {
        return 0;
    }
    return (jlong) (intptr_t) parser;
}

JNIEXPORT jint JNICALL Java_io_loclint_grammar_python_NativePython_symbolCount(JNIEnv *env, jclass cls) {
    return (jint) ts_language_symbol_count(tree_sitter_python());
}

JNIEXPORT jstring JNICALL Java_io_loclint_grammar_python_NativePython_symbolName(JNIEnv *env, jclass cls,
                                                                                   jint symbol) {
    const char *name = ts_language_symbol_name(tree_sitter_python(), (TSSymbol) symbol);
    return name == NULL ? NULL : (*env)->NewStringUTF(env, name);
}

JNIEXPORT jboolean JNICALL Java_io_loclint_grammar_python_NativePython_symbolNamed(JNIEnv *env, jclass cls,
                                                                                    jint symbol) {
    return ts_language_symbol_type(tree_sitter_python(), (TSSymbol) symbol) == TSSymbolTypeRegular;
}

JNIEXPORT jint JNICALL Java_io_loclint_grammar_python_NativePython_fieldId(JNIEnv *env, jclass cls, jstring name) {
    const char *chars = (*env)->GetStringUTFChars(env, name, NULL);
    if (chars == NULL) {
        return 0;
    }
    TSFieldId id = ts_language_field_id_for_name(tree_sitter_python(), chars, (uint32_t) strlen(chars));
    (*env)->ReleaseStringUTFChars(env, name, chars);
    return (jint) id;
}

typedef struct {
    jint *data;
    size_t size;      /* records */
    size_t capacity;  /* records */
} Records;

static int push(Records *r, jint symbol, jint field, jint start, jint end, jint parent, jint flags) {
    if (r->size == r->capacity) {
        size_t capacity = r->capacity * 2;
        jint *grown = realloc(r->data, capacity * RECORD * sizeof(jint));
        if (grown == NULL) {
            return 0;
        }
        r->data = grown;
        r->capacity = capacity;
    }
    jint *rec = r->data + r->size * RECORD;
    rec[0] = symbol;
    rec[1] = field;
    rec[2] = start;
    rec[3] = end;
    rec[4] = parent;
    rec[5] = flags;
    r->size++;
    return 1;
}

static int is_f_string(const jchar *src, uint32_t length, uint32_t at) {
    for (uint32_t i = at; i < length && i < at + 3; i++) {
        jchar c = src[i];
        if (c == 'f' || c == 'F' || c == 't' || c == 'T') {
            return 1;
        }
        if (c == '\'' || c == '"') {
            return 0;
        }
    }
    return 0;
}

/*
 * parse(parser, source, stringSymbol, maxDepth) -> records, or null when tree-sitter gave no tree.
 * Throws OutOfMemoryError when the records cannot be allocated.
 */
JNIEXPORT jintArray JNICALL Java_io_loclint_grammar_python_NativePython_parse(JNIEnv *env, jclass cls, jlong handle,
                                                                              jstring source, jint string_symbol,
                                                                              jint max_depth) {
    TSParser *parser = (TSParser *) (intptr_t) handle;
    jsize length = (*env)->GetStringLength(env, source);
    jchar *src = malloc(((size_t) length + 1) * sizeof(jchar));
    if (src == NULL) {
        (*env)->ThrowNew(env, out_of_memory_class(env), "no memory for the source copy");
        return NULL;
    }
    (*env)->GetStringRegion(env, source, 0, length, src);
    TSTree *tree = ts_parser_parse_string_encoding(parser, NULL, (const char *) src, (uint32_t) length * 2,
                                                   TSInputEncodingUTF16LE);
    if (tree == NULL) {
        ts_parser_reset(parser);
        free(src);
        return NULL;
    }
    Records records = {malloc(256 * RECORD * sizeof(jint)), 0, 256};
    jint *stack = malloc(((size_t) max_depth + 2) * sizeof(jint));
    int ok = records.data != NULL && stack != NULL;
    TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(tree));
    int depth = 0;
    while (ok) {
        TSNode node = ts_tree_cursor_current_node(&cursor);
        TSSymbol symbol = ts_node_symbol(node);
        uint32_t start = ts_node_start_byte(node) >> 1;
        uint32_t end = ts_node_end_byte(node) >> 1;
        jint flags = ts_node_is_missing(node) ? 1 : 0;
        jint index = (jint) records.size;
        int descend = !(symbol == (TSSymbol) string_symbol && !is_f_string(src, (uint32_t) length, start));
        if (descend && depth >= max_depth) {
            descend = 0;
            if (ts_node_child_count(node) > 0) {
                flags |= 2;
            }
        }
        if (!push(&records, symbol, ts_tree_cursor_current_field_id(&cursor), (jint) start, (jint) end,
                  depth == 0 ? -1 : stack[depth - 1], flags)) {
            ok = 0;
            break;
        }
        if (descend && ts_tree_cursor_goto_first_child(&cursor)) {
            stack[depth++] = index;
            continue;
        }
        while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
            if (depth == 0 || !ts_tree_cursor_goto_parent(&cursor)) {
                goto done;
            }
            depth--;
        }
    }
done:
    ts_tree_cursor_delete(&cursor);
    ts_tree_delete(tree);
    free(src);
    free(stack);
    jintArray result = NULL;
    if (ok) {
        result = (*env)->NewIntArray(env, (jsize) (records.size * RECORD));
        if (result != NULL) {
            (*env)->SetIntArrayRegion(env, result, 0, (jsize) (records.size * RECORD), records.data);
        }
    } else {
        (*env)->ThrowNew(env, out_of_memory_class(env), "no memory for the syntax tree");
    }
    free(records.data);
    return result;
}

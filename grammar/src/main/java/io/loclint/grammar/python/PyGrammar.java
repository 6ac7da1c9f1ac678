package io.loclint.grammar.python;

import org.treesitter.TSLanguage;
import org.treesitter.TSSymbolType;
import org.treesitter.TreeSitterPython;

/**
 * The tree-sitter-python symbols and fields this front-end reads, resolved to small ints once per JVM, from
 * whichever build of the grammar parses ({@link NativePython} or the binding's).
 */
final class PyGrammar {

    // kinds (0 = anything we do not single out)
    static final int OTHER = 0, ERROR = 1, IDENTIFIER = 2, ATTRIBUTE = 3, CALL = 4, STRING = 5, CONCAT_STRING = 6,
            INTEGER = 7, FLOAT = 8, TRUE = 9, FALSE = 10, NONE = 11, LIST = 12, TUPLE = 13, SET = 14, DICTIONARY = 15,
            PAIR = 16, BINARY_OPERATOR = 17, SUBSCRIPT = 18, LIST_SPLAT = 19, DICTIONARY_SPLAT = 20,
            KEYWORD_ARGUMENT = 21, PARENTHESIZED = 22, EXPRESSION_LIST = 23, COMMENT = 24, ARGUMENT_LIST = 25,
            INTERPOLATION = 26, MODULE = 27, BLOCK = 28, EXPRESSION_STATEMENT = 29, ASSIGNMENT = 30,
            AUGMENTED_ASSIGNMENT = 31, IMPORT = 32, IMPORT_FROM = 33, FUTURE_IMPORT = 34, DOTTED_NAME = 35,
            ALIASED_IMPORT = 36, RELATIVE_IMPORT = 37, IMPORT_PREFIX = 38, WILDCARD_IMPORT = 39, IF = 40,
            ELIF = 41, ELSE = 42, TRY = 43, EXCEPT = 44, EXCEPT_GROUP = 45, FINALLY = 46, FOR = 47, WHILE = 48,
            WITH = 49, MATCH = 50, CASE = 51, FUNCTION_DEF = 52, CLASS_DEF = 53, DECORATED = 54, DECORATOR = 55,
            RETURN = 56, PARAMETERS = 57, TYPED_PARAMETER = 58, DEFAULT_PARAMETER = 59, TYPED_DEFAULT_PARAMETER = 60,
            LIST_SPLAT_PATTERN = 61, DICT_SPLAT_PATTERN = 62, LIST_COMPREHENSION = 63, SET_COMPREHENSION = 64,
            DICT_COMPREHENSION = 65, GENERATOR = 66, AS_PATTERN = 67, PATTERN_LIST = 68, TUPLE_PATTERN = 69,
            LIST_PATTERN = 70, TYPE = 71, ELLIPSIS = 72, KEYWORD_SEPARATOR = 73, POSITIONAL_SEPARATOR = 74,
            NAMED_EXPRESSION = 75, COMPARISON = 76;

    static final int SYMBOL_TABLE = 65536;
    /** kind per public symbol id; ERROR is 65535. */
    static final byte[] KIND = new byte[SYMBOL_TABLE];
    static final String[] NAME = new String[SYMBOL_TABLE];
    static final boolean[] NAMED = new boolean[SYMBOL_TABLE];

    static final int F_NAME, F_PARAMETERS, F_BODY, F_LEFT, F_RIGHT, F_TYPE, F_VALUE, F_FUNCTION, F_ARGUMENTS,
            F_OBJECT, F_ATTRIBUTE, F_OPERATOR, F_ALIAS, F_MODULE_NAME, F_CONDITION, F_CONSEQUENCE, F_ALTERNATIVE,
            F_DEFINITION, F_SUPERCLASSES, F_SUBSCRIPT, F_KEY, F_RETURN_TYPE;

    /** The symbol of non-f string literals, which are kept as leaves. */
    static final int STRING_SYMBOL;

    static {
        boolean nativeGrammar = NativePython.AVAILABLE;
        int count = nativeGrammar ? NativePython.symbolCount() : Binding.LANGUAGE.symbolCount();
        int stringSymbol = -1;
        for (int i = 0; i < count && i < SYMBOL_TABLE; i++) {
            String name = nativeGrammar ? NativePython.symbolName(i) : Binding.LANGUAGE.symbolName(i);
            boolean named = nativeGrammar ? NativePython.symbolNamed(i)
                    : Binding.LANGUAGE.symbolType(i) == TSSymbolType.TSSymbolTypeRegular;
            if (named && "string".equals(name) && stringSymbol < 0) {
                stringSymbol = i;
            }
            NAME[i] = name;
            NAMED[i] = named;
            KIND[i] = (byte) (named ? kindOf(name) : OTHER);
        }
        STRING_SYMBOL = stringSymbol;
        NAME[65535] = "ERROR";
        NAMED[65535] = true;
        KIND[65535] = ERROR;
        F_NAME = field("name");
        F_PARAMETERS = field("parameters");
        F_BODY = field("body");
        F_LEFT = field("left");
        F_RIGHT = field("right");
        F_TYPE = field("type");
        F_VALUE = field("value");
        F_FUNCTION = field("function");
        F_ARGUMENTS = field("arguments");
        F_OBJECT = field("object");
        F_ATTRIBUTE = field("attribute");
        F_OPERATOR = field("operator");
        F_ALIAS = field("alias");
        F_MODULE_NAME = field("module_name");
        F_CONDITION = field("condition");
        F_CONSEQUENCE = field("consequence");
        F_ALTERNATIVE = field("alternative");
        F_DEFINITION = field("definition");
        F_SUPERCLASSES = field("superclasses");
        F_SUBSCRIPT = field("subscript");
        F_KEY = field("key");
        F_RETURN_TYPE = field("return_type");
    }

    private PyGrammar() {
    }

    private static int field(String name) {
        int id = NativePython.AVAILABLE ? NativePython.fieldId(name) : Binding.LANGUAGE.fieldIdForName(name);
        return id == 0 ? -1 : id;
    }

    /** The binding's grammar, loaded only when the native one is not used. */
    static final class Binding {
        static final TSLanguage LANGUAGE = new TreeSitterPython();

        private Binding() {
        }
    }

    static String name(int symbol) {
        String n = symbol >= 0 && symbol < SYMBOL_TABLE ? NAME[symbol] : null;
        return n == null ? "unknown" : n;
    }

    private static int kindOf(String name) {
        return switch (name) {
            case "ERROR" -> ERROR;
            case "identifier" -> IDENTIFIER;
            case "attribute" -> ATTRIBUTE;
            case "call" -> CALL;
            case "string" -> STRING;
            case "concatenated_string" -> CONCAT_STRING;
            case "integer" -> INTEGER;
            case "float" -> FLOAT;
            case "true" -> TRUE;
            case "false" -> FALSE;
            case "none" -> NONE;
            case "list" -> LIST;
            case "tuple" -> TUPLE;
            case "set" -> SET;
            case "dictionary" -> DICTIONARY;
            case "pair" -> PAIR;
            case "binary_operator" -> BINARY_OPERATOR;
            case "subscript" -> SUBSCRIPT;
            case "list_splat" -> LIST_SPLAT;
            case "dictionary_splat" -> DICTIONARY_SPLAT;
            case "keyword_argument" -> KEYWORD_ARGUMENT;
            case "parenthesized_expression" -> PARENTHESIZED;
            case "expression_list" -> EXPRESSION_LIST;
            case "comment" -> COMMENT;
            case "argument_list" -> ARGUMENT_LIST;
            case "interpolation" -> INTERPOLATION;
            case "module" -> MODULE;
            case "block" -> BLOCK;
            case "expression_statement" -> EXPRESSION_STATEMENT;
            case "assignment" -> ASSIGNMENT;
            case "augmented_assignment" -> AUGMENTED_ASSIGNMENT;
            case "import_statement" -> IMPORT;
            case "import_from_statement" -> IMPORT_FROM;
            case "future_import_statement" -> FUTURE_IMPORT;
            case "dotted_name" -> DOTTED_NAME;
            case "aliased_import" -> ALIASED_IMPORT;
            case "relative_import" -> RELATIVE_IMPORT;
            case "import_prefix" -> IMPORT_PREFIX;
            case "wildcard_import" -> WILDCARD_IMPORT;
            case "if_statement" -> IF;
            case "elif_clause" -> ELIF;
            case "else_clause" -> ELSE;
            case "try_statement" -> TRY;
            case "except_clause" -> EXCEPT;
            case "except_group_clause" -> EXCEPT_GROUP;
            case "finally_clause" -> FINALLY;
            case "for_statement" -> FOR;
            case "while_statement" -> WHILE;
            case "with_statement" -> WITH;
            case "match_statement" -> MATCH;
            case "case_clause" -> CASE;
            case "function_definition" -> FUNCTION_DEF;
            case "class_definition" -> CLASS_DEF;
            case "decorated_definition" -> DECORATED;
            case "decorator" -> DECORATOR;
            case "return_statement" -> RETURN;
            case "parameters", "lambda_parameters" -> PARAMETERS;
            case "typed_parameter" -> TYPED_PARAMETER;
            case "default_parameter" -> DEFAULT_PARAMETER;
            case "typed_default_parameter" -> TYPED_DEFAULT_PARAMETER;
            case "list_splat_pattern" -> LIST_SPLAT_PATTERN;
            case "dictionary_splat_pattern" -> DICT_SPLAT_PATTERN;
            case "list_comprehension" -> LIST_COMPREHENSION;
            case "set_comprehension" -> SET_COMPREHENSION;
            case "dictionary_comprehension" -> DICT_COMPREHENSION;
            case "generator_expression" -> GENERATOR;
            case "as_pattern" -> AS_PATTERN;
            case "pattern_list" -> PATTERN_LIST;
            case "tuple_pattern" -> TUPLE_PATTERN;
            case "list_pattern" -> LIST_PATTERN;
            case "type" -> TYPE;
            case "ellipsis" -> ELLIPSIS;
            case "keyword_separator" -> KEYWORD_SEPARATOR;
            case "positional_separator" -> POSITIONAL_SEPARATOR;
            case "named_expression" -> NAMED_EXPRESSION;
            case "comparison_operator" -> COMPARISON;
            default -> OTHER;
        };
    }
}

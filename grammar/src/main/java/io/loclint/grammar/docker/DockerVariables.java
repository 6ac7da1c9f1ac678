package io.loclint.grammar.docker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Docker's variable substitution: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR:+alt}}. */
public final class DockerVariables {
    private DockerVariables() {
    }

    /** Substitutes known variables; unknown ones become empty, as Docker does. */
    public static String substitute(String text, Map<String, String> vars) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
            } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int close = text.indexOf('}', i + 2);
                if (close < 0) {
                    out.append(text.substring(i));
                    break;
                }
                out.append(expand(text.substring(i + 2, close), vars));
                i = close + 1;
            } else if (c == '$' && i + 1 < text.length() && isNameStart(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < text.length() && isNamePart(text.charAt(end))) {
                    end++;
                }
                out.append(vars.getOrDefault(text.substring(i + 1, end), ""));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The names of the variables a text refers to, in order. */
    public static List<String> references(String text) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '$' || (i > 0 && text.charAt(i - 1) == '\\') || i + 1 >= text.length()) {
                continue;
            }
            int start = text.charAt(i + 1) == '{' ? i + 2 : i + 1;
            int end = start;
            while (end < text.length() && isNamePart(text.charAt(end))) {
                end++;
            }
            if (end > start && isNameStart(text.charAt(start))) {
                names.add(text.substring(start, end));
            }
        }
        return names;
    }

    private static String expand(String body, Map<String, String> vars) {
        int op = firstOperator(body);
        if (op < 0) {
            return vars.getOrDefault(body, "");
        }
        String name = body.substring(0, op);
        boolean checkEmpty = body.charAt(op) == ':';
        char kind = checkEmpty ? (op + 1 < body.length() ? body.charAt(op + 1) : '-') : body.charAt(op);
        String word = body.substring(Math.min(body.length(), op + (checkEmpty ? 2 : 1)));
        String value = vars.get(name);
        boolean set = value != null && (!checkEmpty || !value.isEmpty());
        if (kind == '+') {
            return set ? substitute(word, vars) : "";
        }
        return set ? value : substitute(word, vars);
    }

    private static int firstOperator(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == ':' || c == '-' || c == '+') {
                return i;
            }
        }
        return -1;
    }

    /** The global ARG defaults (declared before the first FROM), the values FROM lines can use. */
    public static Map<String, ArgInstruction> globalArgs(DockerFile file) {
        Map<String, ArgInstruction> args = new HashMap<>();
        for (DockerInstruction instruction : file.instructions()) {
            if (instruction.keyword().equals("FROM")) {
                break;
            }
            if (instruction.keyword().equals("ARG")) {
                for (ArgInstruction arg : ArgInstruction.of(instruction)) {
                    args.put(arg.name(), arg);
                }
            }
        }
        return args;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}

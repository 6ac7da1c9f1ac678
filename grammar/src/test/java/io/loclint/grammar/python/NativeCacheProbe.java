package io.loclint.grammar.python;

/** Run in a child JVM by {@link NativeCacheTest}: loads the Python front-end as loclint does and parses a line. */
public final class NativeCacheProbe {
    private NativeCacheProbe() {
    }

    public static void main(String[] args) {
        PyFile parsed = PythonFrontEnd.parse("def f():\n    return 1\n");
        System.out.println(PythonFrontEnd.backend());
        System.out.println(parsed.functions().size());
    }
}

package io.loclint.grammar.python;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * tree-sitter-python built by this project with optimisation (see {@code grammar/src/main/native/build.sh}),
 * reached through a JNI library of our own that hands back a whole tree in one call. The binding's per-node JNI
 * calls cost more than the parse itself; this path does not have them. The library is optional: when it is not in
 * the jar (the build makes it on Linux only, and only with a C compiler, npm and the registry's source packages at
 * hand), {@link #AVAILABLE} is false, {@link #UNAVAILABLE_REASON} says why, and the front-end uses the binding
 * instead. {@code -Dloclint.python=binding} forces that fallback.
 */
final class NativePython {
    static final int RECORD = 6;
    static final int R_SYMBOL = 0, R_FIELD = 1, R_START = 2, R_END = 3, R_PARENT = 4, R_FLAGS = 5;

    static final String LIBRARY = "libloclint_python.so";
    static final String RESOURCE_DIR = "/io/loclint/grammar/python/native/" + platform() + "/";

    /** Why the native library is not used, or null when it is. */
    static final String UNAVAILABLE_REASON;
    static final boolean AVAILABLE;

    static {
        String reason;
        try {
            reason = load();
        } catch (IOException | LinkageError | RuntimeException e) {
            reason = "could not load " + LIBRARY + ": " + e;
        }
        UNAVAILABLE_REASON = reason;
        AVAILABLE = reason == null;
        if (!AVAILABLE) {
            prepareBinding();
        }
    }

    private NativePython() {
    }

    static native long newParser();

    static native int symbolCount();

    static native String symbolName(int symbol);

    static native boolean symbolNamed(int symbol);

    static native int fieldId(String name);

    /** The tree as records of {@link #RECORD} ints, pre-order; null when tree-sitter produced no tree. */
    static native int[] parse(long parser, String source, int stringSymbol, int maxDepth);

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        return (os.contains("linux") ? "linux" : os.replace(' ', '-')) + "-" + ("amd64".equals(arch) ? "x86_64" : arch);
    }

    /** Loads the library from the jar; returns why not, or null on success. */
    private static String load() throws IOException {
        if ("binding".equals(System.getProperty("loclint.python"))) {
            return "-Dloclint.python=binding";
        }
        String digest;
        try (InputStream in = NativePython.class.getResourceAsStream(RESOURCE_DIR + LIBRARY + ".sha256")) {
            if (in == null) {
                return "no " + LIBRARY + " for " + platform() + " in this build";
            }
            digest = new String(in.readNBytes(128), StandardCharsets.US_ASCII).trim();
        }
        if (!digest.matches("[0-9a-f]{64}")) {
            return "bad digest beside " + LIBRARY;
        }
        Path dir = NativeCache.folder(digest.substring(0, 16));
        System.load(NativeCache.verified(dir, LIBRARY, RESOURCE_DIR + LIBRARY, digest).toString());
        return null;
    }

    /**
     * Points the binding's own loader (used when this library is not) at a private folder holding verified copies
     * of its libraries: left alone, it extracts them to {@code ~/.tree-sitter}, or {@code ./?/.tree-sitter} in the
     * checked tree when there is no home, and loads whatever file is there when its CRC-32 matches, which anyone can
     * forge.
     */
    static void prepareBinding() {
        try {
            String[] names = {NativeCache.bindingLibrary("tree-sitter"),
                    NativeCache.bindingLibrary("tree-sitter-python")};
            String[] digests = new String[names.length];
            for (int i = 0; i < names.length; i++) {
                digests[i] = NativeCache.resourceSha256("/lib/" + names[i]);
                if (digests[i] == null) {
                    return;
                }
            }
            Path dir = NativeCache.folder("tree-sitter-" + digests[0].substring(0, 8) + digests[1].substring(0, 8));
            for (int i = 0; i < names.length; i++) {
                NativeCache.verified(dir, "lib/" + names[i], "/lib/" + names[i], digests[i]);
            }
            System.setProperty("tree-sitter-lib", dir.toString());
        } catch (IOException | RuntimeException e) {
            // a folder below a device file: no one, root included, can create it, so the binding fails to load (and
            // the Python front-end says so for every file) instead of writing where it would by default
            System.setProperty("tree-sitter-lib", "/dev/null/loclint");
        }
    }
}

package io.loclint.grammar.python;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
        System.load(extracted(digest).toString());
        return null;
    }

    /**
     * The library as a file: a loader needs one. It is kept in a per-user cache named by its digest so that a run
     * loads what an earlier run extracted instead of writing it again; if the cache is not writable, a temporary
     * file is used.
     */
    private static Path extracted(String digest) throws IOException {
        Path dir = cacheDir().resolve(digest.substring(0, 16));
        Path file = dir.resolve(LIBRARY);
        if (Files.isRegularFile(file) && Files.isReadable(file)) {
            return file;
        }
        try {
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, LIBRARY, ".part");
            copyResource(part);
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.deleteIfExists(part);
                if (!Files.isRegularFile(file)) {
                    throw e;
                }
            }
            return file;
        } catch (IOException | SecurityException e) {
            Path temp = Files.createTempFile("loclint-python", ".so");
            temp.toFile().deleteOnExit();
            copyResource(temp);
            return temp;
        }
    }

    private static Path cacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("loclint").resolve("native");
    }

    private static void copyResource(Path to) throws IOException {
        try (InputStream in = NativePython.class.getResourceAsStream(RESOURCE_DIR + LIBRARY)) {
            if (in == null) {
                throw new IOException(LIBRARY + " missing beside its digest");
            }
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

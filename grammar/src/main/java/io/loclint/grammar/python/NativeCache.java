package io.loclint.grammar.python;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Where native libraries are put so a loader can map them. A library loaded from a file runs with the user's
 * rights, so the file is trusted only as far as the folder is private and only when its bytes are the jar's:
 * every load checks the SHA-256 of the file (or a stamp saying this very file had it) against that of the copy in
 * the jar and extracts again (to a new file renamed over the old, never rewritten in place: a process that has the
 * old one mapped would die of SIGBUS) when they differ. The folder is {@code $XDG_CACHE_HOME/loclint/native}, else {@code ~/.cache/loclint/native}, made
 * 0700 and refused when it is a link, not the user's own, or writable by others; with no usable cache (no home,
 * {@code user.home} of {@code ?} for a uid without a passwd entry, a relative {@code XDG_CACHE_HOME}, a refused
 * folder) a private temporary folder is used for the run. Never a path relative to the working folder: that is
 * the checked tree.
 */
final class NativeCache {
    /** A {@code .part} file older than this was left by a killed run: an extraction takes milliseconds. */
    private static final long STALE_PART_MILLIS = 60_000;
    /** Beside each library: the record that it was found to be the jar's copy (see {@link #stamped}). */
    static final String STAMP_SUFFIX = ".verified";
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    private NativeCache() {
    }

    /** The private folder named {@code name} under the user's cache, or a fresh private temporary folder. */
    static Path folder(String name) throws IOException {
        Path base = cacheBase();
        if (base != null) {
            try {
                Path dir = base;
                for (String part : new String[]{"loclint", "native", name}) {
                    dir = privateFolder(dir.resolve(part));
                }
                removeStaleParts(dir);
                return dir;
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                // a cache we cannot trust: fall through to a folder of this run's own
            }
        }
        Path temp = Files.createTempDirectory("loclint-native-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(temp), "loclint-native-cleanup"));
        return temp;
    }

    /**
     * {@code dir/fileName}, holding exactly the bytes of the jar's {@code resource} (whose SHA-256 is {@code sha256}):
     * the file there when it matches, else a fresh copy.
     */
    static Path verified(Path dir, String fileName, String resource, String sha256) throws IOException {
        Path file = dir.resolve(fileName);
        Path stamp = dir.resolve(fileName + STAMP_SUFFIX);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            if (stamped(file, stamp, sha256)) {
                return file;
            }
            if (sha256.equals(sha256(file))) {
                stamp(file, stamp, sha256);
                return file;
            }
        }
        Files.createDirectories(file.getParent());
        Path part = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            try (InputStream in = NativeCache.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException(resource + " is not in the jar");
                }
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!sha256.equals(sha256(part))) {
                throw new IOException(resource + " in the jar does not match its digest");
            }
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
        stamp(file, stamp, sha256);
        return file;
    }

    /**
     * Whether {@code stamp} records that this very file was found to have digest {@code sha256}. Hashing the library
     * on every run cost a one-location check about 20 ms (SHA-256 runs without its intrinsic under C1). A stamp names
     * the file by device, inode, change time (ns) and size: the kernel sets the change time on every write, rename or
     * permission change and no unprivileged process can set it back, and a cache restored or copied from elsewhere
     * gets new inodes and change times. So a replaced or truncated library never matches its stamp, and a forged
     * stamp needs write access to this private folder, which is the user's own rights already.
     */
    private static boolean stamped(Path file, Path stamp, String sha256) {
        String identity = identity(file);
        if (identity == null || !Files.isRegularFile(stamp, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(stamp, LinkOption.NOFOLLOW_LINKS)) {
            String recorded = new String(in.readNBytes(256), StandardCharsets.US_ASCII);
            return recorded.equals(sha256 + " " + identity + "\n");
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Records that {@code file} has digest {@code sha256}; failing to only costs the next run a hash. */
    private static void stamp(Path file, Path stamp, String sha256) {
        String identity = identity(file);
        if (identity == null) {
            return;
        }
        try {
            Path part = Files.createTempFile(stamp.getParent(), stamp.getFileName().toString(), ".part");
            try {
                Files.writeString(part, sha256 + " " + identity + "\n", StandardCharsets.US_ASCII);
                Files.move(part, stamp, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException | RuntimeException e) {
            // the next run hashes the library again
        }
    }

    /** Device, inode, change time in nanoseconds and size of {@code file}, or null where the system does not say. */
    static String identity(Path file) {
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:dev,ino,ctime,size", LinkOption.NOFOLLOW_LINKS);
            Object changed = unix.get("ctime");
            if (!(changed instanceof FileTime time) || unix.get("dev") == null || unix.get("ino") == null) {
                return null;
            }
            return unix.get("dev") + " " + unix.get("ino") + " " + time.to(TimeUnit.NANOSECONDS) + " " + unix.get("size");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    /** The SHA-256 of a resource in the jar, or null when it is not there. */
    static String resourceSha256(String resource) throws IOException {
        try (InputStream in = NativeCache.class.getResourceAsStream(resource)) {
            return in == null ? null : sha256(in);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return sha256(in);
        }
    }

    private static String sha256(InputStream in) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IOException("no SHA-256 in this Java", e);
        }
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** {@code $XDG_CACHE_HOME} or {@code ~/.cache} when it is an absolute path to a folder, else null. */
    private static Path cacheBase() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            Path path = Path.of(xdg);
            // the XDG specification: a relative path is invalid and is to be ignored
            if (path.isAbsolute()) {
                return path;
            }
        }
        String home = System.getProperty("user.home", "");
        if (home.isBlank() || !Path.of(home).isAbsolute() || !Files.isDirectory(Path.of(home))) {
            return null;
        }
        return Path.of(home, ".cache");
    }

    /** Creates {@code dir} 0700 when missing; throws unless it is a real folder of this user no one else can write. */
    private static Path privateFolder(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PRIVATE));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another run made it at the same moment: checked below like any other
            }
        }
        PosixFileAttributes attributes = Files.readAttributes(dir, PosixFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isDirectory()) {
            throw new IOException(dir + " is not a folder");
        }
        if (!attributes.owner().equals(currentUser())) {
            throw new IOException(dir + " belongs to " + attributes.owner().getName());
        }
        Set<PosixFilePermission> permissions = attributes.permissions();
        if (permissions.contains(PosixFilePermission.GROUP_WRITE)
                || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new IOException(dir + " can be written by others");
        }
        return dir;
    }

    private static UserPrincipal currentUser() throws IOException {
        String name = System.getProperty("user.name", "");
        if (name.isBlank() || name.equals("?")) {
            throw new IOException("this process's user has no name");
        }
        return FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(name);
    }

    /** Deletes a temporary folder of libraries: a mapped library's file can go, the mapping stays. */
    private static void delete(Path temp) {
        try (var walk = Files.walk(temp)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // the system cleans its temporary folder in the end
        }
    }

    private static void removeStaleParts(Path dir) {
        long before = System.currentTimeMillis() - STALE_PART_MILLIS;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, "*.part")) {
            for (Path part : parts) {
                if (Files.getLastModifiedTime(part, LinkOption.NOFOLLOW_LINKS).toMillis() < before) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException e) {
            // a leftover costs only disk space
        }
    }

    /** The binding's name for the platform's copy of library {@code name} (its NativeUtils makes the same). */
    static String bindingLibrary(String name) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String system = os.contains("windows") ? "windows" : os.contains("mac") ? "macos" : "linux-gnu";
        String extension = os.contains("windows") ? "dll" : os.contains("mac") ? "dylib" : "so";
        String machine = arch.contains("amd64") || arch.contains("x86_64") ? "x86_64" : arch;
        return machine + "-" + system + "-" + name + "." + extension;
    }
}

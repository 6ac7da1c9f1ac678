package io.loclint.engine.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The files Git tracks in the work tree around a folder, read from the repository's index file ({@code .git/index},
 * versions 2 to 4, SHA-1 or SHA-256). A tracked file is checked even when a {@code .gitignore} lists it: ignore
 * rules only hide untracked files, and a committed {@code .env} is the worst case a secret scanner exists for.
 * The index is read, never {@code git} run: a repository's configuration can make Git start programs
 * ({@code core.fsmonitor}), and loclint runs nothing from the tree it checks. When there is no index or it cannot
 * be read, nothing counts as tracked and {@code .gitignore} alone decides.
 */
public final class GitIndex {
    static final GitIndex NONE = new GitIndex(null, new TreeSet<>());
    private static final int SHA1_LENGTH = 20;
    private static final int SHA256_LENGTH = 32;
    /** ctime, mtime, dev, ino, mode, uid, gid, size: the fixed fields before an entry's object id. */
    private static final int STAT_LENGTH = 40;
    private static final int EXTENDED_FLAG = 0x4000;
    /** Far above the index of the largest monorepos (a few hundred bytes an entry). */
    private static final long MAX_INDEX_BYTES = 1L << 30;

    private final Path top;
    private final NavigableSet<String> tracked;

    private GitIndex(Path top, NavigableSet<String> tracked) {
        this.top = top;
        this.tracked = tracked;
    }

    /** The index of the work tree that holds {@code folder} (the folder itself or a parent), or {@link #NONE}. */
    public static GitIndex around(Path folder) {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path dotGit = dir.resolve(".git");
            if (Files.exists(dotGit, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Path gitDir = gitDirectory(dir, dotGit);
                    int hashLength = usesSha256(gitDir) ? SHA256_LENGTH : SHA1_LENGTH;
                    byte[] index = readRegular(gitDir.resolve("index"));
                    NavigableSet<String> paths = parse(index, hashLength);
                    if (paths == null) {
                        return NONE;
                    }
                    String shared = sharedIndex(index, hashLength);
                    if (shared != null) {
                        try {
                            NavigableSet<String> base = parse(readRegular(gitDir.resolve("sharedindex." + shared)),
                                    hashLength);
                            if (base != null) {
                                paths.addAll(base);
                            }
                        } catch (IOException e) {
                            // the entries of the index itself still count
                        }
                    }
                    return new GitIndex(dir, paths);
                } catch (IOException | RuntimeException e) {
                    // no index yet, or a .git file naming a path this system cannot hold
                    return NONE;
                }
            }
        }
        return NONE;
    }

    /**
     * Whether Git tracks the file, or for a folder any file below it (an ignored folder that holds a committed
     * file must still be walked).
     */
    public boolean tracks(Path path, boolean directory) {
        if (top == null) {
            return false;
        }
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(top) || absolute.equals(top)) {
            return false;
        }
        String relative = top.relativize(absolute).toString().replace('\\', '/');
        if (!directory) {
            return tracked.contains(relative);
        }
        String prefix = relative + "/";
        String next = tracked.ceiling(prefix);
        return next != null && next.startsWith(prefix);
    }

    /** A work tree's {@code .git} is its repository, or a file naming it ({@code gitdir: ...}) in a linked worktree. */
    private static Path gitDirectory(Path workTree, Path dotGit) throws IOException {
        if (Files.isDirectory(dotGit, LinkOption.NOFOLLOW_LINKS)) {
            return dotGit;
        }
        String text = new String(readRegular(dotGit), StandardCharsets.UTF_8).strip();
        if (!text.startsWith("gitdir:")) {
            throw new IOException("not a gitdir file");
        }
        return workTree.resolve(text.substring("gitdir:".length()).strip()).normalize();
    }

    /**
     * The bytes of a regular file: {@code .git} is part of the checked tree, and an index that is a pipe would
     * block the run, one of many gigabytes exhaust its memory.
     */
    private static byte[] readRegular(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile() || attributes.size() > MAX_INDEX_BYTES) {
            throw new IOException(file + " is not a regular file of a size Git writes");
        }
        return Files.readAllBytes(file);
    }

    private static boolean usesSha256(Path gitDir) throws IOException {
        Path config = gitDir.resolve("config");
        if (!Files.isRegularFile(config)) {
            // a linked worktree shares the main repository's configuration, one level above its own folder
            config = gitDir.getParent() != null && gitDir.getParent().getParent() != null
                    ? gitDir.getParent().getParent().resolve("config") : config;
        }
        if (!Files.isRegularFile(config)) {
            return false;
        }
        String text = new String(readRegular(config), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)
                .replace(" ", "");
        return text.contains("objectformat=sha256");
    }

    /** Every path in an index file, or null when it is not one loclint can read. */
    static NavigableSet<String> parse(byte[] bytes, int hashLength) {
        try {
            return entries(ByteBuffer.wrap(bytes), hashLength);
        } catch (RuntimeException e) {
            // a truncated entry reads past the end of the buffer
            return null;
        }
    }

    /**
     * The object id of the shared index a split index ({@code core.splitIndex}) builds on, from its {@code link}
     * extension, or null. Such an index holds only the entries changed since; the rest are in
     * {@code sharedindex.<id>}. Its deletions are not applied: a path counted as tracked that no longer is only
     * means a file that {@code .gitignore} lists is checked after all.
     */
    static String sharedIndex(byte[] bytes, int hashLength) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (entries(in, hashLength) == null) {
                return null;
            }
            int end = bytes.length - hashLength;
            while (in.position() + 8 <= end) {
                int signature = in.getInt();
                int size = in.getInt();
                if (size < 0 || size > end - in.position()) {
                    return null;
                }
                if (signature == 0x6C696E6B && size >= hashLength) { // "link"
                    byte[] id = new byte[hashLength];
                    in.get(id);
                    return HexFormat.of().formatHex(id);
                }
                in.position(in.position() + size);
            }
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static NavigableSet<String> entries(ByteBuffer in, int hashLength) {
        byte[] bytes = in.array();
        if (bytes.length < 12 || in.getInt() != 0x44495243) { // "DIRC"
            return null;
        }
        int version = in.getInt();
        int count = in.getInt();
        // every entry takes more than its stat fields: a larger count is a corrupt or hostile file
        if (version < 2 || version > 4 || count < 0 || count > bytes.length / STAT_LENGTH) {
            return null;
        }
        NavigableSet<String> paths = new TreeSet<>();
        byte[] previous = new byte[0];
        for (int i = 0; i < count; i++) {
            int start = in.position();
            in.position(start + STAT_LENGTH + hashLength);
            int flags = in.getShort() & 0xFFFF;
            if (version >= 3 && (flags & EXTENDED_FLAG) != 0) {
                in.getShort();
            }
            byte[] name;
            if (version == 4) {
                int strip = varint(in);
                if (strip < 0 || strip > previous.length) {
                    return null;
                }
                byte[] suffix = untilNul(in);
                name = new byte[previous.length - strip + suffix.length];
                System.arraycopy(previous, 0, name, 0, previous.length - strip);
                System.arraycopy(suffix, 0, name, previous.length - strip, suffix.length);
            } else {
                name = untilNul(in);
                // entries are padded with NULs to a multiple of eight bytes, the name's own NUL included
                int length = in.position() - start;
                in.position(start + (length + 7) / 8 * 8);
            }
            previous = name;
            // a sparse index keeps a whole folder as one entry ending in '/', which tracks() reads as a folder
            paths.add(new String(name, StandardCharsets.UTF_8));
        }
        return paths;
    }

    /** Reads up to and past a NUL, returning the bytes before it. */
    private static byte[] untilNul(ByteBuffer in) {
        int start = in.position();
        int end = start;
        while (in.get(end) != 0) {
            end++;
        }
        in.position(end + 1);
        byte[] out = new byte[end - start];
        in.get(start, out);
        return out;
    }

    /** Git's offset encoding: big-endian 7-bit groups, each continuation adding one. */
    private static int varint(ByteBuffer in) {
        int b = in.get() & 0xFF;
        int value = b & 0x7F;
        while ((b & 0x80) != 0) {
            b = in.get() & 0xFF;
            value = ((value + 1) << 7) | (b & 0x7F);
        }
        return value;
    }
}

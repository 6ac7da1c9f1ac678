package io.loclint.engine.files;

import io.loclint.engine.result.ToolNotification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Walks the checked paths and lists the files loclint reads and the folders that may be code locations.
 * Skips version-control folders, virtualenvs, caches, build output and whatever {@code .gitignore} files ignore
 * unless Git tracks it ({@link GitIndex}); never follows a symbolic link (a link can lead out of the checked tree or
 * into a loop).
 */
public final class Discovery {
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", ".hg", ".svn", ".venv", "venv", ".tox",
            ".nox", "__pycache__", "node_modules", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".eggs", "build",
            "dist", "site-packages", ".idea", ".vscode", ".dagster", ".direnv");
    public static final Set<String> LOCATION_MARKERS = Set.of("pyproject.toml", "setup.py", "setup.cfg");

    /**
     * @param files           every file to read, sorted by path
     * @param locationMarkers every pyproject.toml, setup.py and setup.cfg found (each marks its folder as a possible
     *                        code location), relative paths, sorted
     */
    public record Result(List<SourceFile> files, List<String> locationMarkers, List<ToolNotification> notes) {}

    private record Pending(Path dir, String relative, List<IgnoreScope> ignores) {}

    private record IgnoreScope(String base, GitIgnore rules) {}

    private final Path root;
    private final ChangedFiles changed;
    /** Files that exist only in an editor, not yet on disk: absolute, normalised. */
    private final Set<Path> unsavedOnly;
    /** Read when a path is first ignored: most walks never need it. */
    private GitIndex tracked;

    public Discovery(Path root) {
        this(root, null);
    }

    /** @param changed when not null, code locations that hold none of these files are neither read nor reported */
    public Discovery(Path root, ChangedFiles changed) {
        this(root, changed, Set.of());
    }

    /**
     * @param unsaved files an editor holds unsaved (absolute): one that is not on disk yet is found as if it were,
     *                where the walk would have found it (inside a checked folder, not skipped or ignored, of a kind
     *                loclint reads), so that a new file takes part before its first save
     */
    public Discovery(Path root, ChangedFiles changed, Set<Path> unsaved) {
        this.root = root;
        this.changed = changed;
        this.unsavedOnly = new TreeSet<>();
        unsaved.forEach(file -> unsavedOnly.add(file.toAbsolutePath().normalize()));
    }

    public Result discover(List<Path> paths) {
        return discover(paths, file -> { });
    }

    /**
     * @param onFile told of each file as soon as it is found (on this thread), so reading and parsing can start
     *               while the walk goes on; the result still lists every file, sorted
     */
    public Result discover(List<Path> paths, Consumer<SourceFile> onFile) {
        List<SourceFile> list = new ArrayList<>();
        Consumer<SourceFile> files = file -> {
            list.add(file);
            onFile.accept(file);
        };
        Set<String> markers = new TreeSet<>();
        List<ToolNotification> notes = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        List<Path> walked = new ArrayList<>();
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
                walk(absolute, inheritedIgnores(absolute), files, markers, notes, seen);
                walked.add(absolute);
            } else {
                addFile(absolute, files, notes, seen);
            }
        }
        for (Path file : unsavedOnly) {
            addUnsaved(file, walked, files, markers, seen);
        }
        list.sort(Comparator.comparing(SourceFile::path));
        return new Result(list, List.copyOf(markers), notes);
    }

    /** The .gitignore files between the root and a checked folder below it also apply. */
    private List<IgnoreScope> inheritedIgnores(Path dir) {
        List<IgnoreScope> scopes = new ArrayList<>();
        if (!dir.startsWith(root) || dir.equals(root)) {
            return scopes;
        }
        Path current = root;
        for (Path part : root.relativize(dir)) {
            addIgnore(current, scopes);
            current = current.resolve(part);
        }
        return scopes;
    }

    private void addIgnore(Path dir, List<IgnoreScope> scopes) {
        Path gitignore = dir.resolve(".gitignore");
        if (Files.isRegularFile(gitignore, LinkOption.NOFOLLOW_LINKS)) {
            try {
                scopes.add(new IgnoreScope(relative(dir), GitIgnore.parse(Files.readString(gitignore))));
            } catch (IOException | RuntimeException e) {
                // an unreadable or undecodable .gitignore ignores nothing
            }
        }
    }

    private void walk(Path start, List<IgnoreScope> inherited, Consumer<SourceFile> files, Set<String> markers,
                      List<ToolNotification> notes, Set<String> seen) {
        Deque<Pending> pending = new ArrayDeque<>();
        pending.push(new Pending(start, relative(start), inherited));
        while (!pending.isEmpty()) {
            Pending current = pending.pop();
            // an untouched code location is left before its folder is even listed: a monorepo has many
            if (untouchedLocation(current.dir(), current.relative(), () -> holdsLocationMarker(current.dir()))) {
                continue;
            }
            List<IgnoreScope> ignores = new ArrayList<>(current.ignores());
            addIgnore(current.dir(), ignores);
            List<Path> children;
            try (Stream<Path> list = Files.list(current.dir())) {
                children = list.sorted().toList();
            } catch (IOException | SecurityException e) {
                notes.add(new ToolNotification("unreadable-directory", "warning",
                        "skipped a folder that could not be read", relative(current.dir())));
                continue;
            }
            if (children.stream().anyMatch(c -> c.getFileName().toString().equals("pyvenv.cfg"))) {
                continue;
            }
            for (Path child : children) {
                String name = child.getFileName().toString();
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException | SecurityException e) {
                    continue;
                }
                if (attributes.isSymbolicLink()) {
                    continue;
                }
                String rel = relative(child);
                boolean directory = attributes.isDirectory();
                if (ignored(ignores, rel, directory) && !tracked(child, directory)) {
                    continue;
                }
                if (directory) {
                    if (!skippedFolder(name)) {
                        pending.push(new Pending(child, rel, ignores));
                    }
                } else if (attributes.isRegularFile()) {
                    if (LOCATION_MARKERS.contains(name)) {
                        markers.add(rel);
                    }
                    FileKind kind = FileKind.of(rel, child);
                    if (kind != null && seen.add(rel)) {
                        files.accept(new SourceFile(rel, child, kind, attributes.size()));
                    }
                }
            }
        }
    }

    /** A folder the walk never enters, whatever the ignore files say. */
    private static boolean skippedFolder(String name) {
        return SKIPPED_DIRECTORIES.contains(name) || name.endsWith(".egg-info");
    }

    /** A code location a --changed-since run leaves unread: it holds none of the changed files. */
    private boolean untouchedLocation(Path dir, String relative, BooleanSupplier isLocation) {
        // asked last: whether the folder is a location takes a look at the disk
        return changed != null && dir.startsWith(root) && !changed.touches(relative) && isLocation.getAsBoolean();
    }

    /** An editor's file not on disk yet, kept by the same rules the walk applies to the folders above it. */
    private void addUnsaved(Path file, List<Path> walked, Consumer<SourceFile> files, Set<String> markers,
                            Set<String> seen) {
        Path start = walked.stream().filter(dir -> file.startsWith(dir) && !file.equals(dir)).findFirst().orElse(null);
        if (start == null || Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Deque<Path> folders = new ArrayDeque<>();
        for (Path dir = file.getParent(); !dir.equals(start); dir = dir.getParent()) {
            folders.push(dir);
        }
        folders.push(start);
        List<IgnoreScope> ignores = inheritedIgnores(start);
        for (Path dir : folders) {
            String rel = relative(dir);
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            if (!dir.equals(start) && (skippedFolder(name) || Files.isSymbolicLink(dir)
                    || ignored(ignores, rel, true) && !tracked(dir, true))) {
                return;
            }
            BooleanSupplier location = () -> holdsLocationMarker(dir)
                    || LOCATION_MARKERS.stream().anyMatch(marker -> unsavedOnly.contains(dir.resolve(marker)));
            if (untouchedLocation(dir, rel, location)
                    || Files.exists(dir.resolve("pyvenv.cfg"), LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            addIgnore(dir, ignores);
        }
        String rel = relative(file);
        FileKind kind = FileKind.of(rel, file);
        if (ignored(ignores, rel, false) || kind == null || !seen.add(rel)) {
            return;
        }
        if (LOCATION_MARKERS.contains(file.getFileName().toString())) {
            markers.add(rel);
        }
        // its size is measured when its unsaved text is parsed
        files.accept(new SourceFile(rel, file, kind, 0));
    }

    private boolean tracked(Path path, boolean directory) {
        if (tracked == null) {
            tracked = GitIndex.around(root);
        }
        return tracked.tracks(path, directory);
    }

    private static boolean holdsLocationMarker(Path dir) {
        for (String marker : LOCATION_MARKERS) {
            if (Files.exists(dir.resolve(marker), LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A file named on the command line. Like the walk, it is read only when it is a regular file itself: a link
     * ({@code passwd.py -> /etc/passwd}) is not followed, and a FIFO or device would block the read.
     */
    private void addFile(Path file, Consumer<SourceFile> files, List<ToolNotification> notes, Set<String> seen) {
        String rel = relative(file);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | SecurityException e) {
            notes.add(new ToolNotification("unreadable-file", "warning", "skipped a file that could not be read", rel));
            return;
        }
        if (attributes.isSymbolicLink()) {
            notes.add(new ToolNotification("symbolic-link", "warning",
                    "skipped: a symbolic link is never followed", rel));
            return;
        }
        if (!attributes.isRegularFile()) {
            notes.add(new ToolNotification("not-a-regular-file", "warning",
                    "skipped: not a regular file (a pipe or device would block the read)", rel));
            return;
        }
        FileKind kind = FileKind.of(rel, file);
        if (kind == null) {
            notes.add(new ToolNotification("unsupported-file", "note", "not a kind of file loclint reads", rel));
            return;
        }
        if (seen.add(rel)) {
            files.accept(new SourceFile(rel, file, kind, attributes.size()));
        }
    }

    private static boolean ignored(List<IgnoreScope> scopes, String rel, boolean directory) {
        Boolean verdict = null;
        for (IgnoreScope scope : scopes) {
            String local;
            if (scope.base().isEmpty()) {
                local = rel;
            } else if (rel.startsWith(scope.base() + "/")) {
                local = rel.substring(scope.base().length() + 1);
            } else {
                continue;
            }
            Boolean v = scope.rules().matches(local, directory);
            if (v != null) {
                verdict = v;
            }
        }
        return Boolean.TRUE.equals(verdict);
    }

    private String relative(Path path) {
        String relative = (path.startsWith(root) ? root.relativize(path).toString() : path.toString())
                .replace('\\', '/');
        // the URI's path separator is already '/', and the escapes it brings keep their backslash
        return relative.indexOf('\uFFFD') >= 0 ? exactName(path, relative) : relative;
    }

    /**
     * A name Java could not decode shows U+FFFD for each byte that is not UTF-8, so {@code a\xff.py} and
     * {@code a\xfe.py} would read as one file and the second be skipped. A path's URI keeps the bytes
     * ({@code %FF}): the name is rebuilt from them, each byte that is not UTF-8 written {@code \xff}.
     */
    private String exactName(Path path, String decoded) {
        String rootUri = root.toUri().getRawPath();
        String uri = path.toAbsolutePath().toUri().getRawPath();
        String prefix = rootUri.endsWith("/") ? rootUri : rootUri + "/";
        if (!path.startsWith(root) || !uri.startsWith(prefix)) {
            prefix = "";
        }
        String raw = uri.substring(prefix.length());
        if (raw.endsWith("/")) {
            raw = raw.substring(0, raw.length() - 1);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        String exact = withByteEscapes(bytes.toByteArray());
        return exact.isEmpty() ? decoded : exact;
    }

    /** UTF-8 text, with each byte of a sequence that is not UTF-8 written as {@code \xNN}. */
    static String withByteEscapes(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 4 + 4);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            for (int i = 0; i < result.length(); i++) {
                out.put(String.format("\\x%02x", in.get() & 0xFF));
            }
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}

package io.loclint.engine;

import io.loclint.engine.files.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of a long-running process (the language server) between its runs: the unsaved text of the files open
 * in an editor, read in place of the disk, and every file's parse, kept until its text or its file on disk changes.
 * A run through {@link Linter#withLiveFiles} then re-parses only what changed, and sees unsaved edits in the context
 * of every other file of their code location. Holds one entry per file, so it does not grow with edits.
 * Thread-safe.
 */
public final class LiveFiles {
    private final Map<Path, String> unsaved = new ConcurrentHashMap<>();
    private final Map<Path, Cached> parsed = new ConcurrentHashMap<>();
    private final Set<String> read = ConcurrentHashMap.newKeySet();

    /** @param stamp which version of the file was parsed: the unsaved text itself, or its size and time on disk */
    private record Cached(String path, Object stamp, long maxFileBytes, FileParser.Outcome outcome) {
    }

    private record DiskStamp(long size, FileTime modified) {
    }

    /** From now on the file is read as {@code text}, whatever its file on disk holds. */
    public void setUnsaved(Path absoluteFile, String text) {
        unsaved.put(absoluteFile.toAbsolutePath().normalize(), text);
    }

    /** The file is read from disk again, if it is there. */
    public void dropUnsaved(Path absoluteFile) {
        Path file = absoluteFile.toAbsolutePath().normalize();
        unsaved.remove(file);
        // a parse of unsaved text is never reused for the file on disk: kept, a file never saved would stay forever
        parsed.remove(file);
    }

    /** The files whose text comes from an editor: discovery finds those not on disk yet too. */
    public Set<Path> unsavedFiles() {
        return Set.copyOf(unsaved.keySet());
    }

    /** The file changed (or went) on disk: its parse is not reused, even if size and time look the same. */
    public void forget(Path absoluteFile) {
        parsed.remove(absoluteFile.toAbsolutePath().normalize());
    }

    /** Every parse is made again: after a configuration changed what a file's parse depends on. */
    public void forgetAll() {
        parsed.clear();
    }

    /** How many parses are kept: one per file read, however often it changed. */
    public int size() {
        return parsed.size();
    }

    /** Starts recording which files runs read ({@link #readSinceMark}). */
    public void mark() {
        read.clear();
    }

    /** The files (relative to the run's root) the runs since {@link #mark} read: the ones their findings cover. */
    public Set<String> readSinceMark() {
        return Set.copyOf(read);
    }

    FileParser.Outcome parse(SourceFile source, FileParser parser) {
        Path file = source.absolutePath().toAbsolutePath().normalize();
        read.add(source.path());
        String text = unsaved.get(file);
        Object stamp = text != null ? text : diskStamp(file);
        Cached cached = parsed.get(file);
        if (stamp != null && cached != null && cached.path().equals(source.path()) && cached.stamp().equals(stamp)
                && cached.maxFileBytes() == parser.maxFileBytes()
                && cached.outcome().file() != null && cached.outcome().file().kind() == source.kind()) {
            return cached.outcome();
        }
        FileParser.Outcome outcome = text != null ? parser.parseUnsaved(source, text) : parser.parse(source);
        // a parse cut short (over its time budget) says nothing of the file's next one
        if (stamp != null && !Thread.currentThread().isInterrupted()) {
            parsed.put(file, new Cached(source.path(), stamp, parser.maxFileBytes(), outcome));
        }
        return outcome;
    }

    /** Null when the file cannot be looked at: its parse is then never reused. */
    private static DiskStamp diskStamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return new DiskStamp(attributes.size(), attributes.lastModifiedTime());
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
